// The JSON API under /api: read-only views of stories, articles, days and search, shapes in api-schemas.ts.
import { Hono } from 'hono';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { parseQuery } from '../query-params.js';
import type { ServeSettings } from '../serve-settings.js';
import {
  createSearchQuery,
  createStoriesQuery,
  type ArticleResponse,
  type DaysResponse,
  type PageInfo,
  type SearchResponse,
  type StoryListResponse,
  type StoryResponse,
} from './api-schemas.js';
import { toArticleJson, toArticleSummaryJson, toMatchReasonJson, toSearchHitJson, toStoryJson } from './to-json.js';

export function createApiRoutes(store: Store, settings: ServeSettings): Hono {
  const api = new Hono();
  const storiesQuery = createStoriesQuery(settings.pageSize);
  const searchQuery = createSearchQuery(settings.pageSize);

  // GET /api/stories?limit=&offset=&day=  -> { stories: Story[], day: string | null, page: PageInfo }
  api.get('/stories', async (c) => {
    const { limit, offset, day } = parseQuery(c, storiesQuery);
    const rows = await store.listStories({ limit: limit + 1, offset, ...(day ? { day } : {}) });
    const body: StoryListResponse = {
      stories: rows.slice(0, limit).map(toStoryJson),
      day: day ?? null,
      page: pageInfo(limit, offset, rows.length),
    };
    return c.json(body);
  });

  // GET /api/stories/:id -> { story: Story, members: { article: ArticleSummary, reason: MatchReason }[] }
  // Members come in publication order; articles carry an excerpt, not their full text.
  api.get('/stories/:id', async (c) => {
    const id = c.req.param('id');
    const story = await store.getStory(id);
    if (!story) throw new NotFoundError('serve', 'no story with this id', id);
    const members = await store.listStoryMembers(id);
    const articles = await Promise.all(members.map((member) => store.getArticle(member.articleId)));
    const body: StoryResponse = {
      story: toStoryJson(story),
      members: members.flatMap((member, i) => {
        const article = articles[i];
        return article ? [{ article: toArticleSummaryJson(article), reason: toMatchReasonJson(member.reason) }] : [];
      }),
    };
    return c.json(body);
  });

  // GET /api/articles/:id -> { article: Article } with the full clean text.
  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new NotFoundError('serve', 'no article with this id', id);
    const body: ArticleResponse = { article: toArticleJson(article) };
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

/** Listings fetch one row more than asked: its presence says whether there is a next page. */
function pageInfo(limit: number, offset: number, fetched: number): PageInfo {
  return { limit, offset, nextOffset: fetched > limit ? offset + limit : null };
}
