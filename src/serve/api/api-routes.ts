// The JSON API under /api: read-only views of stories, articles, days and search, shapes in api-schemas.ts.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../query-params.js';
import { loadPageTranslations, needsTranslation, type PageTranslations, type ReaderLanguage, type ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import {
  createSearchQuery,
  langQuery,
  createStoriesQuery,
  type ArticleResponse,
  type DaysResponse,
  type PageInfo,
  type SearchResponse,
  type StoryListResponse,
  type StoryResponse,
} from './api-schemas.js';
import {
  toArticleJson,
  toArticleSummaryJson,
  toMatchReasonJson,
  toSearchHitJson,
  toStoryJson,
  toTranslationJson,
  translatedFields,
} from './to-json.js';

export function createApiRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const api = new Hono<ServeEnv>();
  const storiesQuery = createStoriesQuery(settings.pageSize);
  const searchQuery = createSearchQuery(settings.pageSize);

  // GET /api/stories?limit=&offset=&day=&lang=  -> { stories: Story[], day: string | null, page: PageInfo }
  // With a reader language (`lang` or cookie) each story also has `translatedTitle` and `translation`.
  api.get('/stories', async (c) => {
    const { limit, offset, day, lang } = parseQuery(c, storiesQuery);
    const rows = await store.listStories({ limit: limit + 1, offset, ...(day ? { day } : {}) });
    const stories = rows.slice(0, limit);
    const leads = await Promise.all(stories.map((story) => store.getArticle(story.leadArticleId)));
    const translations = await translationsFor(store, c, lang, stories.map((story) => story.leadArticleId));
    const body: StoryListResponse = {
      stories: stories.map((story, i) => ({
        ...toStoryJson(story),
        ...translatedFields(translations, { id: story.leadArticleId, language: leads[i]?.language ?? '', title: story.title }),
      })),
      day: day ?? null,
      page: pageInfo(limit, offset, rows.length),
    };
    return c.json(body);
  });

  // GET /api/stories/:id -> { story: Story, members: { article: ArticleSummary, reason: MatchReason, nearCopyOf }[] }
  // Members come in publication order; articles carry an excerpt, not their full text.
  api.get('/stories/:id', async (c) => {
    const { lang } = parseQuery(c, langQuery);
    const id = c.req.param('id');
    const story = await store.getStory(id);
    if (!story) {
      const survivor = await store.resolveStoryRedirect(id);
      if (survivor) return c.redirect(`/api/stories/${encodeURIComponent(survivor)}${new URL(c.req.url).search}`, 301);
      throw new NotFoundError('serve', 'no story with this id', id);
    }
    const members = await store.listStoryMembers(id);
    const articles = await Promise.all(members.map((member) => store.getArticle(member.articleId)));
    const translations = await translationsFor(store, c, lang, [story.leadArticleId, ...members.map((member) => member.articleId)]);
    const copies = new Map((await store.listFingerprints(members.map((member) => member.articleId))).map((f) => [f.articleId, f.nearCopyOf]));
    const lead = articles.find((article) => article?.id === story.leadArticleId);
    const body: StoryResponse = {
      story: {
        ...toStoryJson(story),
        ...translatedFields(translations, { id: story.leadArticleId, language: lead?.language ?? '', title: story.title }),
      },
      members: members.flatMap((member, i) => {
        const article = articles[i];
        if (!article) return [];
        return [
          {
            article: { ...toArticleSummaryJson(article), ...translatedFields(translations, article) },
            reason: toMatchReasonJson(member.reason),
            nearCopyOf: copies.get(article.id) ?? null,
          },
        ];
      }),
    };
    return c.json(body);
  });

  // GET /api/articles/:id?lang= -> { article: Article, translation: Translation | null } with the full clean text.
  api.get('/articles/:id', async (c) => {
    const { lang } = parseQuery(c, langQuery);
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError('serve', 'no article with this id', id);
    const target = requestedLanguage(c, lang);
    const translations = target && needsTranslation(article.language, target) ? await loadPageTranslations(store, [id], target) : null;
    const translation = translations?.byId.get(id);
    const body: ArticleResponse = { article: toArticleJson(article), translation: translation ? toTranslationJson(translation) : null };
    return c.json(body);
  });

  // GET /api/search?q=&limit=&offset= -> { query: string, hits: SearchHit[], page: PageInfo }
  api.get('/search', async (c) => {
    const { q, limit, offset } = parseQuery(c, searchQuery);
    const hits = await store.search(q, { limit: limit + 1, offset });
    const body: SearchResponse = {
      query: q,
      hits: hits.slice(0, limit).map(toSearchHitJson),
      page: pageInfo(limit, offset, hits.length),
    };
    return c.json(body);
  });

  // GET /api/days -> { days: { day, articles, stories }[] }, most recent day first.
  api.get('/days', async (c) => {
    const days = [...(await store.listDays())].sort((a, b) => b.day.localeCompare(a.day));
    const body: DaysResponse = { days: days.map(({ day, articles, stories }) => ({ day, articles, stories })) };
    return c.json(body);
  });

  return api;
}

/** The reader language an API client asked for: `?lang=` first, then the site's cookie; null for neither. */
function requestedLanguage(c: Context<ServeEnv>, lang: ReaderLanguage | undefined): ReaderLanguage | null {
  if (lang) return lang;
  const reader = c.var.reader;
  return reader.source === 'cookie' ? reader.lang : null;
}

/** One query for all the translations a response needs, or null when the client asked for none. */
function translationsFor(
  store: Store,
  c: Context<ServeEnv>,
  lang: ReaderLanguage | undefined,
  ids: string[],
): Promise<PageTranslations | null> {
  const target = requestedLanguage(c, lang);
  return target ? loadPageTranslations(store, ids, target) : Promise.resolve(null);
}

/** Listings fetch one row more than asked: its presence says whether there is a next page. */
function pageInfo(limit: number, offset: number, fetched: number): PageInfo {
  return { limit, offset, nextOffset: fetched > limit ? offset + limit : null };
}
