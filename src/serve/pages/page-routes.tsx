// The HTML pages: home, story, article, days, one day and search, each read through the Store.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Article, ArticleTranslation, Story } from '../../domain/index.js';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { MAX_LIMIT, dayParam, integerParam, parseDay, parseQuery } from '../query-params.js';
import { loadPageTranslations, needsTranslation, translateWithin, type ServeEnv, type TranslateArticle } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { ArticlePage } from '../views/article-page.js';
import { DayPage } from '../views/day-page.js';
import { DaysPage } from '../views/days-page.js';
import { loadFrontPage, trendSettings } from '../data/load-front-page.js';
import { loadRelatedStories, loadYouMayLike } from '../data/load-related.js';
import { loadStorylineOf } from '../data/load-storyline.js';
import { HomePage } from '../views/home-page.js';
import { renderPage } from '../views/render-page.js';
import { SearchPage, type SearchFilters } from '../views/search-page.js';
import type { ArticleView } from '../views/article-page.js';
import type { StoryCardData } from '../views/story-card.js';
import { StoryPage } from '../views/story-page.js';

/** Pages beyond this are refused rather than turned into huge offsets. */
const MAX_PAGE = 10_000;
/** A day page lists every story of the day; this only guards against pathological archives. */
const DAY_LIMIT = MAX_LIMIT;
/** Other articles listed under the front page's lead story. */
const LEAD_ALSO = 3;
/** "Read also" stories and "You may like" articles. */
const RELATED_COUNT = 4;

const articleQuery = z.object({
  view: z.enum(['translation', 'original', 'both'], { message: 'must be translation, original or both' }).optional().default('translation'),
});
// An empty or missing `q` shows the search form; only over-long queries are refused.
const searchPageQuery = z.object({
  q: z.string().max(200, 'must be at most 200 characters').optional().default(''),
  page: integerParam(1, MAX_PAGE).optional().default(1),
  language: z.string().max(20).optional().default(''),
  source: z.string().max(200).optional().default(''),
  from: z.union([z.literal(''), dayParam]).optional().default(''),
  to: z.union([z.literal(''), dayParam]).optional().default(''),
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
    const front = await loadFrontPage(store, pageSize, trendSettings(settings.trend));
    const top = front.top[0];
    if (top) {
      // The front page's lead story shows its other coverage, like a news site's top slot.
      const members = await store.listArticles({ storyId: top.story.id, limit: LEAD_ALSO + 1 });
      top.also = members.filter((a) => a.id !== top.story.leadArticleId).slice(0, LEAD_ALSO);
    }
    const ids = [
      ...front.top.flatMap(cardArticleIds),
      ...front.latest.map((a) => a.id),
      ...front.risingStories.map((r) => r.story.leadArticleId),
    ];
    const translations = await loadPageTranslations(store, ids, lang);
    return renderPage(c, <HomePage ui={ui} translations={translations} front={front} />);
  });

  pages.get('/stories/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const id = c.req.param('id');
    const story = await store.getStory(id);
    if (!story) {
      // A story merged into another: its URL leads to the survivor.
      const survivor = await store.resolveStoryRedirect(id);
      if (survivor) return c.redirect(`/stories/${encodeURIComponent(survivor)}${new URL(c.req.url).search}`, 301);
      throw new NotFoundError('serve', 'no story with this id', id);
    }
    const members = await store.listStoryMembers(id);
    const articles = new Map((await store.getArticles(members.map((member) => member.articleId))).map((a) => [a.id, a]));
    const rows = members.flatMap((member) => {
      const article = articles.get(member.articleId);
      return article ? [{ member, article }] : [];
    });
    const related = await loadCards(store, await loadRelatedStories(store, id, RELATED_COUNT));
    const translations = await loadPageTranslations(
      store,
      [story.leadArticleId, ...rows.map((row) => row.article.id), ...related.flatMap(cardArticleIds)],
      lang,
    );
    const storyline = await loadStorylineOf(store, id);
    return renderPage(c, <StoryPage ui={ui} translations={translations} story={story} members={rows} related={related} storyline={storyline} />);
  });

  pages.get('/articles/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const { view } = parseQuery(c, articleQuery);
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError('serve', 'no article with this id', id);
    const story = article.storyId ? await store.getStory(article.storyId) : null;
    const inStory = story ? await store.listArticles({ storyId: story.id }) : [];
    const at = inStory.findIndex((other) => other.id === article.id);
    const others = inStory.filter((other) => other.id !== article.id);
    const youMayLike = await loadYouMayLike(store, article, RELATED_COUNT);
    const neighbours = { previous: at > 0 ? inStory[at - 1] : undefined, next: at >= 0 ? inStory[at + 1] : undefined };
    const ids = [article.id, ...others.map((other) => other.id), ...(story ? [story.leadArticleId] : []), ...youMayLike.map((a) => a.id)];
    const translations = await loadPageTranslations(store, ids, lang);
    const translation = await completeTranslation(article, translations.byId.get(article.id), lang, view);
    const byId = new Map(translations.byId);
    if (translation) byId.set(article.id, translation);
    return renderPage(
      c,
      <ArticlePage
        ui={ui}
        translations={{ target: lang, byId }}
        article={article}
        story={story}
        others={others}
        view={view}
        youMayLike={youMayLike}
        {...neighbours}
      />,
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
      <DayPage
        ui={ui}
        translations={translations}
        day={day}
        previousDay={previousDay}
        nextDay={nextDay}
        groups={groups}
        unclustered={unclustered}
        daysWithNews={new Set(known)}
      />,
    );
  });

  pages.get('/search', async (c) => {
    const { ui, lang } = c.var.reader;
    const { q, page, language, source, from, to } = parseQuery(c, searchPageQuery);
    const query = q.trim();
    const filters: SearchFilters = { language, source, from, to };
    const hits = query
      ? await store.searchAcrossLanguages({
          text: query,
          language: language || undefined,
          sourceName: source || undefined,
          fromDay: from || undefined,
          toDay: to || undefined,
          limit: pageSize + 1,
          offset: (page - 1) * pageSize,
        })
      : [];
    const [stats, sources] = await Promise.all([store.stats(), store.listSourceShelves()]);
    const href = (n: number): string => {
      const params = new URLSearchParams({ q: query, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) });
      if (n > 1) params.set('page', String(n));
      return `/search?${params.toString()}`;
    };
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
        filters={filters}
        languages={Object.keys(stats.languages).sort()}
        sources={sources.map((s) => s.name)}
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

export function cardArticleIds(card: StoryCardData): string[] {
  return [card.story.leadArticleId, ...(card.also ?? []).map((a) => a.id)];
}

/** Each story with its lead article, fetched together so a listing costs one round of reads. */
export async function loadCards(store: Store, stories: Story[]): Promise<StoryCardData[]> {
  // One query, not one per card: on PostgreSQL parallel reads each take a pooled connection, and a cold pool opens one per read.
  const leads = new Map((await store.getArticles(stories.map((story) => story.leadArticleId))).map((article) => [article.id, article]));
  return stories.map((story) => ({ story, lead: leads.get(story.leadArticleId) ?? null }));
}
