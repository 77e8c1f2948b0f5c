// The front page: the latest stories, the first one as the lead, then a grid; paged.
import type { Ui } from '../i18n/index.js';
import type { PageTranslations } from '../reader/index.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';
import { StoryCard, type StoryCardData } from './story-card.js';

export interface HomePageProps {
  ui: Ui;
  translations: PageTranslations;
  cards: StoryCardData[];
  page: number;
  hasNext: boolean;
}

export function HomePage({ ui, translations, cards, page, hasNext }: HomePageProps) {
  const { msg } = ui;
  const href = (n: number) => (n <= 1 ? '/' : `/?page=${n}`);
  return (
    <Layout ui={ui} title={page > 1 ? `${msg.latestStories} · ${msg.pageOf(page)}` : null} section="latest">
      <div class="page-head">
        <h1>{msg.latestStories}</h1>
        {page > 1 ? <p>{msg.pageOf(page)}</p> : null}
      </div>
      {cards.length === 0 ? (
        <p class="empty">{msg.noStories}</p>
      ) : (
        <ol class="story-grid">
          {cards.map((card, i) => (
            <li class={i === 0 && page === 1 ? 'lead' : undefined}>
              <StoryCard ui={ui} translations={translations} data={card} />
            </li>
          ))}
        </ol>
      )}
      <Pager ui={ui} page={page} prevHref={page > 1 ? href(page - 1) : null} nextHref={hasNext ? href(page + 1) : null} />
    </Layout>
  );
}
