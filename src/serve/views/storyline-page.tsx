// A storyline's page: what its stories share, then each story in order with what links it to an earlier one.
import type { Storyline, StorylineLink } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { storylineMessages, type StorylineMessages } from '../i18n/storyline-messages.js';
import type { PageTranslations } from '../reader/index.js';
import { EntityChips } from './entity-chips.js';
import { Layout } from './layout.js';
import { StoryCard, storyHeadline, type StoryCardData } from './story-card.js';

export interface StorylinePageProps {
  ui: Ui;
  translations: PageTranslations;
  storyline: Storyline;
  /** The members' stories with their lead articles, in the storyline's order (vanished stories left out). */
  cards: StoryCardData[];
}

export function StorylinePage({ ui, translations, storyline, cards }: StorylinePageProps) {
  const words = storylineMessages(ui.lang);
  const byId = new Map(cards.map((card) => [card.story.id, card]));
  const links = new Map(storyline.members.map((m) => [m.storyId, m.link]));
  const names = new Map(storyline.entities.map((e) => [e.id, e.name]));
  for (const card of cards) for (const e of card.story.entities) if (!names.has(e.id)) names.set(e.id, e.name);
  const span = ui.fmt.span(storyline.firstPublishedAt, storyline.lastPublishedAt);
  return (
    <Layout ui={ui} title={storyline.title} section="storylines" description={words.intro(cards.length, span)}>
      <article>
        <header class="page-head">
          <p class="eyebrow">{words.eyebrow}</p>
          <h1>{storyline.title}</h1>
          <p>{words.intro(cards.length, span)}</p>
        </header>
        <h2 class="section-title">{words.sharedAcross}</h2>
        <EntityChips entities={storyline.entities.map((e) => ({ ...e, count: e.articles }))} label={words.sharedAcross} />
        <section aria-labelledby="storyline-timeline">
          <h2 id="storyline-timeline" class="section-title">
            {words.timeline} · {words.stories(cards.length)}
          </h2>
          <ol class="coverage">
            {cards.map((card) => {
              const link = links.get(card.story.id);
              const target = link?.linkedTo ? byId.get(link.linkedTo) : undefined;
              return (
                <li class="member" id={`story-${card.story.id}`}>
                  <StoryCard ui={ui} translations={translations} data={card} headingLevel={3} />
                  {link ? <LinkReason ui={ui} words={words} link={link} names={names} target={target ? storyHeadline(translations, target).text : null} /> : null}
                </li>
              );
            })}
          </ol>
        </section>
      </article>
    </Layout>
  );
}

/** Why a story is in the storyline: the earlier story it links to, the entities and words they share, the time between. */
function LinkReason({ ui, words, link, names, target }: { ui: Ui; words: StorylineMessages; link: StorylineLink; names: Map<string, string>; target: string | null }) {
  if (link.linkedTo === null) {
    return (
      <div class="why">
        <span class="badge">{words.firstStory}</span>
      </div>
    );
  }
  const gap = link.gapDays === null ? words.undatedGap : link.gapDays === 0 ? words.overlapping : words.daysLater(ui.fmt.decimal(link.gapDays, 0));
  return (
    <div class="why">
      <span class="badge">{words.linkScore(ui.fmt.decimal(link.score, 2))}</span>
      <span>
        {words.linkedTo} <a href={`#story-${link.linkedTo}`}>{target ?? link.linkedTo}</a> · {gap}
      </span>
      {link.sharedEntities.length > 0 ? (
        <span>
          {words.shares} {link.sharedEntities.map((id) => names.get(id) ?? id).join(', ')}
        </span>
      ) : null}
      {link.sharedTerms.length > 0 ? (
        <span>
          {words.sharedTerms} {link.sharedTerms.join(', ')}
        </span>
      ) : null}
    </div>
  );
}
