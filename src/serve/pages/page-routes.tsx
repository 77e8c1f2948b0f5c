// The HTML pages: home, story, article, days, one day and search, each read through the Store.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Article, Story } from '../../domain/index.js';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import type { Ui } from '../i18n/index.js';
import { MAX_LIMIT, integerParam, parseDay, parseQuery } from '../query-params.js';
import type { ServeSettings } from '../serve-settings.js';
import { ArticlePage } from '../views/article-page.js';
import { DayPage } from '../views/day-page.js';
import { DaysPage } from '../views/days-page.js';
import { HomePage } from '../views/home-page.js';
import { renderPage } from '../views/render-page.js';
import { SearchPage } from '../views/search-page.js';
import type { StoryCardData } from '../views/story-card.js';
import { StoryPage } from '../views/story-page.js';

/** Pages beyond this are refused rather than turned into huge offsets. */
const MAX_PAGE = 10_000;
/** A day page lists every story of the day; this only guards against pathological archives. */
const DAY_LIMIT = MAX_LIMIT;
/** Other articles listed under the front page's lead story. */
const LEAD_ALSO = 3;

const pageQuery = z.object({ page: integerParam(1, MAX_PAGE).optional().default(1) });
// An empty or missing `q` shows the search form; only over-long queries are refused.
const searchPageQuery = z.object({
  q: z.string().max(200, 'must be at most 200 characters').optional().default(''),
  page: integerParam(1, MAX_PAGE).optional().default(1),
});

export function createPageRoutes(store: Store, settings: ServeSettings, ui: Ui): Hono {
  const pages = new Hono();
  const { pageSize } = settings;

  pages.get('/', async (c) => {
    const { page } = parseQuery(c, pageQuery);
    const stories = await store.listStories({ limit: pageSize + 1, offset: (page - 1) * pageSize });
    const cards = await loadCards(store, stories.slice(0, pageSize));
    const top = page === 1 ? cards[0] : undefined;
    if (top) {
      // The front page's lead story shows its other coverage, like a news site's top slot.
      const members = await store.listArticles({ storyId: top.story.id, limit: LEAD_ALSO + 1 });
      top.also = members.filter((a) => a.id !== top.story.leadArticleId).slice(0, LEAD_ALSO);
    }
    return renderPage(c, <HomePage ui={ui} cards={cards} page={page} hasNext={stories.length > pageSize} />);
  });

  pages.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await store.getStory(id);
    if (!story) throw new NotFoundError('serve', 'no story with this id', id);
    const members = await store.listStoryMembers(id);
    const articles = await Promise.all(members.map((member) => store.getArticle(member.articleId)));
    const rows = members.flatMap((member, i) => {
      const article = articles[i];
      return article ? [{ member, article }] : [];
    });
    return renderPage(c, <StoryPage ui={ui} story={story} members={rows} />);
  });

  pages.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError('serve', 'no article with this id', id);
    const story = article.storyId ? await store.getStory(article.storyId) : null;
    const others = story ? (await store.listArticles({ storyId: story.id })).filter((other) => other.id !== article.id) : [];
    return renderPage(c, <ArticlePage ui={ui} article={article} story={story} others={others} />);
  });

  pages.get('/days', async (c) => {
    const days = [...(await store.listDays())].sort((a, b) => b.day.localeCompare(a.day));
    return renderPage(c, <DaysPage ui={ui} days={days} />);
  });

  pages.get('/days/:day', async (c) => {
    const day = parseDay(c.req.param('day'));
    const [days, stories, articles] = await Promise.all([
      store.listDays(),
      store.listStories({ day, limit: DAY_LIMIT }),
      store.listArticles({ day }),
    ]);
    const known = days.map((d) => d.day).sort();
    // A quiet day is still a valid page: it says so and links to the days around it.
    const previousDay = known.filter((d) => d < day).at(-1) ?? null;
    const nextDay = known.find((d) => d > day) ?? null;
    const cards = await loadCards(store, stories);
    const groups = cards.map((card) => ({ card, articles: articles.filter((a) => a.storyId === card.story.id) }));
    const unclustered = articles.filter((a) => a.storyId === null || !stories.some((s) => s.id === a.storyId));
    return renderPage(
      c,
      <DayPage ui={ui} day={day} previousDay={previousDay} nextDay={nextDay} groups={groups} unclustered={unclustered} />,
    );
  });

  pages.get('/search', async (c) => {
    const { q, page } = parseQuery(c, searchPageQuery);
    const query = q.trim();
    const hits = query ? await store.search(query, { limit: pageSize + 1, offset: (page - 1) * pageSize }) : [];
    const href = (n: number): string => `/search?q=${encodeURIComponent(query)}${n > 1 ? `&page=${n}` : ''}`;
    return renderPage(
      c,
      <SearchPage
        ui={ui}
        query={query}
        hits={hits.slice(0, pageSize)}
        page={page}
        prevHref={query && page > 1 ? href(page - 1) : null}
        nextHref={hits.length > pageSize ? href(page + 1) : null}
      />,
    );
  });

  return pages;
}

/** Each story with its lead article, fetched together so a listing costs one round of reads. */
async function loadCards(store: Store, stories: Story[]): Promise<StoryCardData[]> {
  const leads: (Article | null)[] = await Promise.all(stories.map((story) => store.getArticle(story.leadArticleId)));
  return stories.map((story, i) => ({ story, lead: leads[i] ?? null }));
}
