// The HTML pages: home, story, article, days, one day and search, each read through the Store.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Article, ArticleTranslation, Story } from '../../domain/index.js';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { MAX_LIMIT, integerParam, parseDay, parseQuery } from '../query-params.js';
import { loadPageTranslations, needsTranslation, translateWithin, type ServeEnv, type TranslateArticle } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { ArticlePage } from '../views/article-page.js';
import { DayPage } from '../views/day-page.js';
import { DaysPage } from '../views/days-page.js';
import { HomePage } from '../views/home-page.js';
import { renderPage } from '../views/render-page.js';
import { SearchPage } from '../views/search-page.js';
import type { ArticleView } from '../views/article-page.js';
import type { StoryCardData } from '../views/story-card.js';
import { StoryPage } from '../views/story-page.js';

/** Pages beyond this are refused rather than turned into huge offsets. */
const MAX_PAGE = 10_000;
/** A day page lists every story of the day; this only guards against pathological archives. */
const DAY_LIMIT = MAX_LIMIT;
/** Other articles listed under the front page's lead story. */
const LEAD_ALSO = 3;

const articleQuery = z.object({
  view: z.enum(['translation', 'original', 'both'], { message: 'must be translation, original or both' }).optional().default('translation'),
});
const pageQuery = z.object({ page: integerParam(1, MAX_PAGE).optional().default(1) });
// An empty or missing `q` shows the search form; only over-long queries are refused.
const searchPageQuery = z.object({
  q: z.string().max(200, 'must be at most 200 characters').optional().default(''),
  page: integerParam(1, MAX_PAGE).optional().default(1),
});

export interface PageRouteOptions {
  /** Translates an article's body on its first view (and stores it); absent: bodies wait for the pipeline. */
  translateArticle?: TranslateArticle;
  translateTimeoutMs: number;
  /** Where a failed or slow lazy translation is reported; the reader still gets the page. */
  report: (message: string) => void;
}

export function createPageRoutes(store: Store, settings: ServeSettings, options: PageRouteOptions): Hono<ServeEnv> {
  const pages = new Hono<ServeEnv>();
  const { pageSize } = settings;

  pages.get('/', async (c) => {
    const { ui, lang } = c.var.reader;
    const { page } = parseQuery(c, pageQuery);
    const stories = await store.listStories({ limit: pageSize + 1, offset: (page - 1) * pageSize });
    const cards = await loadCards(store, stories.slice(0, pageSize));
    const top = page === 1 ? cards[0] : undefined;
    if (top) {
      // The front page's lead story shows its other coverage, like a news site's top slot.
      const members = await store.listArticles({ storyId: top.story.id, limit: LEAD_ALSO + 1 });
      top.also = members.filter((a) => a.id !== top.story.leadArticleId).slice(0, LEAD_ALSO);
    }
    const translations = await loadPageTranslations(store, cards.flatMap(cardArticleIds), lang);
    return renderPage(c, <HomePage ui={ui} translations={translations} cards={cards} page={page} hasNext={stories.length > pageSize} />);
  });

  pages.get('/stories/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const id = c.req.param('id');
    const story = await store.getStory(id);
    if (!story) throw new NotFoundError('serve', 'no story with this id', id);
    const members = await store.listStoryMembers(id);
    const articles = await Promise.all(members.map((member) => store.getArticle(member.articleId)));
    const rows = members.flatMap((member, i) => {
      const article = articles[i];
      return article ? [{ member, article }] : [];
    });
    const translations = await loadPageTranslations(store, [story.leadArticleId, ...rows.map((row) => row.article.id)], lang);
    return renderPage(c, <StoryPage ui={ui} translations={translations} story={story} members={rows} />);
  });

  pages.get('/articles/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const { view } = parseQuery(c, articleQuery);
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError('serve', 'no article with this id', id);
    const story = article.storyId ? await store.getStory(article.storyId) : null;
    const others = story ? (await store.listArticles({ storyId: story.id })).filter((other) => other.id !== article.id) : [];
    const ids = [article.id, ...others.map((other) => other.id), ...(story ? [story.leadArticleId] : [])];
    const translations = await loadPageTranslations(store, ids, lang);
    const translation = await completeTranslation(article, translations.byId.get(article.id), lang, view);
    const byId = new Map(translations.byId);
    if (translation) byId.set(article.id, translation);
    return renderPage(
      c,
      <ArticlePage ui={ui} translations={{ target: lang, byId }} article={article} story={story} others={others} view={view} />,
    );
  });

  pages.get('/days', async (c) => {
    const { ui } = c.var.reader;
    const days = [...(await store.listDays())].sort((a, b) => b.day.localeCompare(a.day));
    return renderPage(c, <DaysPage ui={ui} days={days} />);
  });

  pages.get('/days/:day', async (c) => {
    const { ui, lang } = c.var.reader;
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
    const translations = await loadPageTranslations(store, [...cards.flatMap(cardArticleIds), ...articles.map((a) => a.id)], lang);
    return renderPage(
      c,
      <DayPage ui={ui} translations={translations} day={day} previousDay={previousDay} nextDay={nextDay} groups={groups} unclustered={unclustered} />,
    );
  });

  pages.get('/search', async (c) => {
    const { ui, lang } = c.var.reader;
    const { q, page } = parseQuery(c, searchPageQuery);
    const query = q.trim();
    const hits = query ? await store.search(query, { limit: pageSize + 1, offset: (page - 1) * pageSize }) : [];
    const href = (n: number): string => `/search?q=${encodeURIComponent(query)}${n > 1 ? `&page=${n}` : ''}`;
    const translations = await loadPageTranslations(store, hits.slice(0, pageSize).map((hit) => hit.articleId), lang);
    return renderPage(
      c,
      <SearchPage
        ui={ui}
        translations={translations}
        query={query}
        hits={hits.slice(0, pageSize)}
        page={page}
        prevHref={query && page > 1 ? href(page - 1) : null}
        nextHref={hits.length > pageSize ? href(page + 1) : null}
      />,
    );
  });

  /**
   * The article's translation with its body when one can be had in time: bodies may be translated
   * lazily, so a missing or title-only translation is completed here on first view.
   */
  async function completeTranslation(
    article: Article,
    stored: ArticleTranslation | undefined,
    lang: string,
    view: ArticleView,
  ): Promise<ArticleTranslation | undefined> {
    const { translateArticle } = options;
    const complete = stored !== undefined && (stored.text !== null || stored.quality === 'original');
    if (complete || view === 'original' || !translateArticle || !needsTranslation(article.language, lang)) return stored;
    const fresh = await translateWithin(translateArticle, article.id, lang, options.translateTimeoutMs, options.report);
    return fresh ?? stored;
  }

  return pages;
}

function cardArticleIds(card: StoryCardData): string[] {
  return [card.story.leadArticleId, ...(card.also ?? []).map((a) => a.id)];
}

/** Each story with its lead article, fetched together so a listing costs one round of reads. */
async function loadCards(store: Store, stories: Story[]): Promise<StoryCardData[]> {
  const leads: (Article | null)[] = await Promise.all(stories.map((story) => store.getArticle(story.leadArticleId)));
  return stories.map((story, i) => ({ story, lead: leads[i] ?? null }));
}
