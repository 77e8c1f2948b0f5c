// The reader-site part of the JSON API: front page with trends, entities, sections, sources, related stories, search across languages.
import { Hono } from 'hono';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { loadFrontPage, trendSettings } from '../data/load-front-page.js';
import { loadRelatedStories } from '../data/load-related.js';
import { parseQuery } from '../query-params.js';
import { loadPageTranslations, resolveHeadline, type ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { createListQuery, type PageInfo } from './api-schemas.js';
import { buildOpenApi } from './openapi.js';
import {
  createReaderSearchQuery,
  type EntityResponse,
  type FrontResponse,
  type ReaderSearchResponse,
  type RelatedResponse,
  type ShelfResponse,
  type ShelvesResponse,
} from './reader-api-schemas.js';
import { toArticleSummaryJson, toSearchHitJson, toStoryJson } from './to-json.js';

const RELATED = 6;

function pageInfo(limit: number, offset: number, fetched: number): PageInfo {
  return { limit, offset, nextOffset: fetched > limit ? offset + limit : null };
}

export function createReaderApiRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const api = new Hono<ServeEnv>();
  const listQuery = createListQuery(settings.pageSize);
  const searchQuery = createReaderSearchQuery(settings.pageSize);
  const openApi = JSON.stringify(buildOpenApi(settings.siteName));

  api.get('/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json; charset=utf-8' }));

  // GET /api/front -> top stories by trend score (headline in the reader's language), latest articles, trends of 24 h.
  api.get('/front', async (c) => {
    const front = await loadFrontPage(store, settings.pageSize, trendSettings(settings.trend));
    const translations = await loadPageTranslations(store, front.top.map((t) => t.story.leadArticleId), c.var.reader.lang);
    const body: FrontResponse = {
      reference: front.reference,
      top: front.top.map((t) => {
        const headline = resolveHeadline(translations, { id: t.story.leadArticleId, language: t.lead?.language ?? '', title: t.story.title });
        return { story: toStoryJson(t.story), score: t.score, recent: t.recent, headline: headline.text, headlineLanguage: headline.lang ?? null };
      }),
      latest: front.latest.map(toArticleSummaryJson),
      risingEntities: front.risingEntities,
      risingStories: front.risingStories.map((r) => ({ story: toStoryJson(r.story), recent: r.recent })),
    };
    return c.json(body);
  });

  api.get('/entities/:id', async (c) => {
    const { limit, offset } = parseQuery(c, listQuery);
    const id = c.req.param('id');
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError('serve', 'no article mentions this entity', id);
    const stories = await store.listEntityStories(id, { limit: limit + 1, offset });
    const body: EntityResponse = { entity, stories: stories.slice(0, limit).map(toStoryJson), page: pageInfo(limit, offset, stories.length) };
    return c.json(body);
  });

  api.get('/stories/:id/related', async (c) => {
    const id = c.req.param('id');
    if (!(await store.getStory(id))) throw new NotFoundError('serve', 'no story with this id', id);
    const body: RelatedResponse = { stories: (await loadRelatedStories(store, id, RELATED)).map(toStoryJson) };
    return c.json(body);
  });

  api.get('/sections', async (c) => c.json({ shelves: await store.listSections() } satisfies ShelvesResponse));
  api.get('/sources', async (c) => c.json({ shelves: await store.listSourceShelves() } satisfies ShelvesResponse));
  for (const kind of ['sections', 'sources'] as const) {
    api.get(`/${kind}/:name`, async (c) => {
      const { limit, offset } = parseQuery(c, listQuery);
      const name = c.req.param('name');
      const filter = kind === 'sections' ? { section: name } : { sourceName: name };
      const articles = await store.listArticles({ ...filter, newestFirst: true, limit: limit + 1, offset });
      if (articles.length === 0 && offset === 0) throw new NotFoundError('serve', `no articles in this ${kind === 'sections' ? 'section' : 'source'}`, name);
      const body: ShelfResponse = { name, articles: articles.slice(0, limit).map(toArticleSummaryJson), page: pageInfo(limit, offset, articles.length) };
      return c.json(body);
    });
  }

  // GET /api/search/languages?q=&language=&source=&from=&to= -> originals, translations and entity aliases, filtered.
  api.get('/search/languages', async (c) => {
    const { q, limit, offset, language, source, from, to } = parseQuery(c, searchQuery);
    const hits = await store.searchAcrossLanguages({ text: q, language, sourceName: source, fromDay: from, toDay: to, limit: limit + 1, offset });
    const body: ReaderSearchResponse = {
      query: q,
      hits: hits.slice(0, limit).map((hit) => ({ ...toSearchHitJson(hit), matchedBy: hit.matchedBy })),
      page: pageInfo(limit, offset, hits.length),
    };
    return c.json(body);
  });

  return api;
}
