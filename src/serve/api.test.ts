// The JSON API against a real in-memory SQLite store: shapes (checked with the API's own schemas), paging, errors.
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import {
  articleResponseSchema,
  daysResponseSchema,
  errorResponseSchema,
  searchResponseSchema,
  storyListResponseSchema,
  storyResponseSchema,
} from './api/api-schemas.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';

let app: Hono;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await openSampleApp());
});
afterAll(async () => {
  await store.close();
});

async function getJson(path: string): Promise<{ status: number; body: unknown; type: string | null }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.json(), type: res.headers.get('content-type') };
}

async function expectBadRequest(path: string, parameter: string): Promise<void> {
  const { status, body } = await getJson(path);
  expect(status).toBe(400);
  const error = errorResponseSchema.parse(body).error;
  expect(error.code).toBe('input');
  expect(error.message).toContain(parameter);
}

describe('GET /api/stories', () => {
  it('lists stories most recent first with page info', async () => {
    const { status, body, type } = await getJson('/api/stories');
    expect(status).toBe(200);
    expect(type).toContain('application/json');
    const data = storyListResponseSchema.parse(body);
    expect(data.stories.map((s) => s.id)).toEqual([SAMPLE.callStory, SAMPLE.summitStory]);
    expect(data.page).toEqual({ limit: 2, offset: 0, nextOffset: 2 });
    expect(data.day).toBeNull();
    expect(data.stories[1]!.languages).toEqual(['en', 'fr', 'es']);
  });

  it('takes limit, offset and day', async () => {
    const next = storyListResponseSchema.parse((await getJson('/api/stories?limit=2&offset=2')).body);
    expect(next.stories.map((s) => s.id)).toEqual([SAMPLE.scriptStory]);
    expect(next.page.nextOffset).toBeNull();
    const day = storyListResponseSchema.parse((await getJson('/api/stories?day=2021-05-22&limit=10')).body);
    expect(day.day).toBe('2021-05-22');
    expect(day.stories.map((s) => s.id)).toEqual([SAMPLE.scriptStory]);
  });

  it('names the bad parameter', async () => {
    await expectBadRequest('/api/stories?limit=abc', 'limit');
    await expectBadRequest('/api/stories?limit=0', 'limit');
    await expectBadRequest('/api/stories?limit=1000', 'limit');
    await expectBadRequest('/api/stories?offset=-1', 'offset');
    await expectBadRequest('/api/stories?day=21-05-2021', 'day');
    await expectBadRequest('/api/stories?day=2021-13-01', 'day');
  });
});

describe('GET /api/stories/:id', () => {
  it('returns the story, its members in publication order with reasons, and excerpts instead of texts', async () => {
    const { status, body } = await getJson(`/api/stories/${SAMPLE.summitStory}`);
    expect(status).toBe(200);
    const data = storyResponseSchema.parse(body);
    expect(data.story.title).toContain('Arctic ministers');
    expect(data.members.map((m) => m.article.id)).toEqual([SAMPLE.summitLead, SAMPLE.summitFrench, SAMPLE.summitSpanish]);
    expect(data.members[0]!.reason.founder).toBe(true);
    expect(data.members[1]!.reason.sharedEntities).toContain('person:sergey-lavrov');
    expect(data.members[1]!.article.excerpt).toMatch(/^La rencontre tant attendue/);
    expect(data.members[1]!.article).not.toHaveProperty('text');
  });

  it('404s as JSON for an unknown story', async () => {
    const { status, body } = await getJson('/api/stories/nope');
    expect(status).toBe(404);
    expect(errorResponseSchema.parse(body).error).toEqual({ code: 'not_found', message: 'serve: no story with this id (nope)' });
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the full article', async () => {
    const data = articleResponseSchema.parse((await getJson(`/api/articles/${SAMPLE.summitLead}`)).body);
    expect(data.article.text).toContain('Antony Blinken and Sergey Lavrov met');
    expect(data.article.storyId).toBe(SAMPLE.summitStory);
    expect(data.article.entities.map((e) => e.id)).toContain('place:reykjavik');
  });

  it('keeps titles as data (JSON escaping, not HTML)', async () => {
    const data = articleResponseSchema.parse((await getJson(`/api/articles/${SAMPLE.scriptArticle}`)).body);
    expect(data.article.title).toBe(SAMPLE.scriptTitle);
  });

  it('404s for an unknown article', async () => {
    expect((await getJson('/api/articles/missing')).status).toBe(404);
  });
});

describe('GET /api/search', () => {
  it('finds articles across languages', async () => {
    const data = searchResponseSchema.parse((await getJson('/api/search?q=Blinken&limit=10')).body);
    expect(data.query).toBe('Blinken');
    expect(new Set(data.hits.map((h) => h.language))).toEqual(new Set(['en', 'fr', 'es']));
    expect(data.page.nextOffset).toBeNull();
  });

  it('requires a query and validates the limit', async () => {
    await expectBadRequest('/api/search', 'q is required');
    await expectBadRequest('/api/search?q=%20%20', 'q must not be empty');
    await expectBadRequest('/api/search?q=x&limit=many', 'limit');
  });
});

describe('GET /api/days', () => {
  it('lists days most recent first with counts', async () => {
    const data = daysResponseSchema.parse((await getJson('/api/days')).body);
    expect(data.days[0]).toEqual({ day: '2021-12-07', articles: 2, stories: 1 });
    expect(data.days.map((d) => d.day)).toEqual(['2021-12-07', '2021-05-23', '2021-05-22', '2021-05-21']);
  });
});

describe('unknown API paths', () => {
  it('get a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing');
    expect(status).toBe(404);
    expect(errorResponseSchema.parse(body).error.code).toBe('not_found');
  });
});
