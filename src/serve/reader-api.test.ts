// The reader-site JSON API against a real in-memory store: shapes checked with the same zod schemas, and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import {
  entityResponseSchema,
  frontResponseSchema,
  readerSearchResponseSchema,
  relatedResponseSchema,
  shelfResponseSchema,
  shelvesResponseSchema,
} from './api/reader-api-schemas.js';
import type { ServeApp } from './create-app.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';
import { SAMPLE_TRANSLATIONS } from './testing/seed-sample-translations.js';

let app: ServeApp;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await openSampleApp({ siteName: 'Babelwire', readerLanguage: 'en', pageSize: 10 }, { translations: true }));
});
afterAll(async () => {
  await store.close();
});

async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
}

describe('reader API', () => {
  it('gives the front page with trend scores, headlines in the reader language and rising entities', async () => {
    const front = frontResponseSchema.parse((await getJson('/api/front?lang=en')).body);
    expect(front.top[0]?.story.id).toBe(SAMPLE.callStory);
    expect(front.top[0]?.score).toBeGreaterThan(0);
    expect(front.top[0]?.headline).toBe(SAMPLE_TRANSLATIONS.callGlossTitle);
    expect(front.latest[0]?.id).toBe(SAMPLE.callEnglish);
    expect(front.risingEntities.map((e) => e.id)).toContain('person:vladimir-putin');
  });

  it('gives entities, sections, sources, related stories and search across languages', async () => {
    const entity = entityResponseSchema.parse((await getJson('/api/entities/person%3Asergey-lavrov')).body);
    expect(entity.stories.map((s) => s.id)).toEqual([SAMPLE.summitStory]);
    expect(shelvesResponseSchema.parse((await getJson('/api/sections')).body).shelves.map((s) => s.name)).toContain('World');
    expect(shelvesResponseSchema.parse((await getJson('/api/sources')).body).shelves.map((s) => s.name)).toContain('Northern Ledger');
    const source = shelfResponseSchema.parse((await getJson('/api/sources/Diario%20del%20Sur')).body);
    expect(source.articles.map((a) => a.id)).toEqual([SAMPLE.summitSpanish]);
    relatedResponseSchema.parse((await getJson(`/api/stories/${SAMPLE.summitStory}/related`)).body);
    const search = readerSearchResponseSchema.parse((await getJson('/api/search/languages?q=finally%20talk')).body);
    expect(search.hits.map((h) => [h.articleId, h.matchedBy])).toEqual([[SAMPLE.summitFrench, ['translation']]]);
    expect((await getJson('/api/search/languages?q=Lavrov&from=nope')).status).toBe(400);
    expect((await getJson('/api/entities/nobody')).status).toBe(404);
  });

  it('describes every endpoint in /api/openapi.json', async () => {
    const { status, body } = await getJson('/api/openapi.json');
    expect(status).toBe(200);
    const doc = body as { openapi: string; paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/front', '/api/stories/{id}', '/api/entities/{id}', '/api/search/languages', '/api/sections/{name}']) {
      expect(doc.paths[path]?.get.responses['200']).toBeDefined();
    }
  });
});
