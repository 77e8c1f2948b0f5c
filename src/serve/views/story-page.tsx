// A story: headline, facts, shared entities, then every article in publication order and why it belongs.
import type { Article, Story, StoryMember, Storyline } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { readableText, resolveHeadline, type PageTranslations } from '../reader/index.js';
import { summarizeText } from '../text/summarize-text.js';
import { ArticleByline } from './article-byline.js';
import { EntityChips } from './entity-chips.js';
import { LanguageBadges } from './language-badges.js';
import { Layout } from './layout.js';
import { MatchExplanation } from './match-explanation.js';
import { CoverageBreakdown } from './coverage-breakdown.js';
import { FeedLinks } from './feed-links.js';
import { StoryCard, storyHeadline, type StoryCardData } from './story-card.js';
import { StorylineSlot } from './storyline-slot.js';
import { TranslationLine } from './translation-note.js';
import { selectStoryEntities } from './select-story-entities.js';
import { StoryFacts } from './story-facts.js';

export interface StoryPageProps {
  ui: Ui;
  translations: PageTranslations;
  story: Story;
  members: { member: StoryMember; article: Article }[];
  /** "Read also": related stories with their lead articles. */
  related?: StoryCardData[];
  /** The storyline the story belongs to, if any. */
  storyline?: Storyline | null;
}

export function StoryPage({ ui, translations, story, members, related = [], storyline = null }: StoryPageProps) {
  const { msg } = ui;
  const lead = members.find((m) => m.article.id === story.leadArticleId)?.article ?? members[0]?.article;
  const headline = storyHeadline(translations, { story, lead: lead ?? null });
  const leadText = lead ? readableText(translations, lead) : undefined;
  const names = entityNames(story, members.map((m) => m.article));
  return (
    <Layout ui={ui} title={headline.text} section={null} feed={`/feeds/stories/${encodeURIComponent(story.id)}`} description={leadText ? summarizeText(leadText.text, { language: leadText.lang ?? '' }) : undefined}>
      <article>
        <header class="story-head">
          <p class="eyebrow">{msg.inThisStory}</p>
          <h1 lang={headline.lang}>{headline.text}</h1>
          <TranslationLine ui={ui} headline={headline} />
          <StoryFacts ui={ui} story={story} />
          <LanguageBadges ui={ui} languages={story.languages} />
          <h2 class="section-title">{msg.sharedEntities}</h2>
          <EntityChips entities={selectStoryEntities(story, 12)} label={msg.sharedEntities} />
          <StorylineSlot ui={ui} storyline={storyline} />
        </header>
        <CoverageBreakdown ui={ui} articles={members.map((m) => m.article)} />
        <section aria-labelledby="coverage">
          <h2 id="coverage" class="section-title">
            {msg.timeline} · {msg.articles(members.length)}
          </h2>
          <ol class="coverage">
            {members.map(({ member, article }) => {
              const title = resolveHeadline(translations, article);
              const readable = readableText(translations, article);
              const excerpt = summarizeText(readable.text, { language: readable.lang ?? '', title: title.text });
              return (
                <li class="member" id={`a-${article.id}`}>
                  <article>
                    <ArticleByline ui={ui} article={article} />
                    <h3 lang={title.lang}>
                      <a href={`/articles/${encodeURIComponent(article.id)}`}>{title.text}</a>
                    </h3>
                    <TranslationLine ui={ui} headline={title} />
                    {excerpt ? (
                      <p class="excerpt" lang={readable.lang}>
                        {excerpt}
                      </p>
                    ) : null}
                    <MatchExplanation ui={ui} reason={member.reason} names={names} />
                  </article>
                </li>
              );
            })}
          </ol>
        </section>
        {related.length > 0 ? (
          <section aria-labelledby="read-also">
            <h2 id="read-also" class="section-title">
              {msg.readAlso}
            </h2>
            <ul class="story-grid compact">
              {related.map((card) => (
                <li>
                  <StoryCard ui={ui} translations={translations} data={card} headingLevel={3} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <FeedLinks ui={ui} base={`/feeds/stories/${encodeURIComponent(story.id)}`} />
      </article>
    </Layout>
  );
}

/** Entity id -> display name, from the story and its articles, so reasons can name what was shared. */
function entityNames(story: Story, articles: Article[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const article of articles) for (const entity of article.entities) names.set(entity.id, entity.name);
  for (const entity of story.entities) names.set(entity.id, entity.name);
  return names;
}
