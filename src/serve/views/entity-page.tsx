// An entity's page: every story that mentions it, in any language, latest first.
import type { EntityCount } from '../../store/store.js';
import type { Ui } from '../i18n/index.js';
import type { PageTranslations } from '../reader/index.js';
import { FeedLinks } from './feed-links.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';
import { StoryCard, type StoryCardData } from './story-card.js';

export interface EntityPageProps {
  ui: Ui;
  translations: PageTranslations;
  entity: EntityCount;
  cards: StoryCardData[];
  page: number;
  prevHref: string | null;
  nextHref: string | null;
}

export function EntityPage({ ui, translations, entity, cards, page, prevHref, nextHref }: EntityPageProps) {
  const feed = `/feeds/entities/${encodeURIComponent(entity.id)}`;
  return (
    <Layout ui={ui} title={entity.name} section={null} feed={feed}>
      <div class="page-head">
        <p class="eyebrow">{ui.msg.kind[entity.kind]}</p>
        <h1>{entity.name}</h1>
        <p>{ui.msg.entityIntro(entity.articles)}</p>
      </div>
      <h2 class="section-title">{ui.msg.storiesAbout}</h2>
      {cards.length === 0 ? (
        <p class="empty">{ui.msg.noStories}</p>
      ) : (
        <ol class="story-grid">
          {cards.map((card) => (
            <li>
              <StoryCard ui={ui} translations={translations} data={card} headingLevel={3} />
            </li>
          ))}
        </ol>
      )}
      <Pager ui={ui} page={page} prevHref={prevHref} nextHref={nextHref} />
      <FeedLinks ui={ui} base={feed} />
    </Layout>
  );
}
