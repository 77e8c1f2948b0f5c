// The JSON API against a real in-memory SQLite store: shapes (checked with the API's own schemas), paging, errors.
import type { ServeApp } from './create-app.js';
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
import { SAMPLE_TRANSLATIONS } from './testing/seed-sample-translations.js';

let app: ServeApp;
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

  it('marks a member that nearly copies another outlet’s article, and no other', async () => {
    const before = storyResponseSchema.parse((await getJson(`/api/stories/${SAMPLE.summitStory}`)).body);
    expect(before.members.map((m) => m.nearCopyOf)).toEqual([null, null, null]);
    await store.saveFingerprint({
      articleId: SAMPLE.summitSpanish,
      fingerprint: '0123456789abcdef',
      host: 'copy.example',
      sourceName: null,
      nearCopyOf: SAMPLE.summitLead,
    });
    const after = storyResponseSchema.parse((await getJson(`/api/stories/${SAMPLE.summitStory}`)).body);
    expect(after.members.map((m) => m.nearCopyOf)).toEqual([null, null, SAMPLE.summitLead]);
    await store.saveFingerprint({ articleId: SAMPLE.summitSpanish, fingerprint: '0123456789abcdef', host: null, sourceName: null, nearCopyOf: null });
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
    expect(data.article.lead).toBeNull();
  });

  it('gives the lead (standfirst) apart from the text', async () => {
    const data = articleResponseSchema.parse((await getJson(`/api/articles/${SAMPLE.summitSpanish}`)).body);
    expect(data.article.lead).toBe('Primera reunión entre los dos ministros desde el cambio de gobierno en Washington.');
    expect(data.article.text.startsWith('El encuentro en Reikiavik')).toBe(true);
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

describe('translations in the API', () => {
  let translated: Awaited<ReturnType<typeof openSampleApp>>;
  beforeAll(async () => {
    translated = await openSampleApp(undefined, { translations: true });
  });
  afterAll(async () => {
    await translated.store.close();
  });

  async function getTranslated(path: string, cookie?: string): Promise<{ status: number; body: unknown; res: Response }> {
    const res = await translated.app.request(path, cookie ? { headers: { Cookie: cookie } } : {});
    return { status: res.status, body: await res.json(), res };
  }

  it('GET /api/articles/:id?lang= includes the translation, with its path and quality', async () => {
    const { status, body, res } = await getTranslated(`/api/articles/${SAMPLE.summitFrench}?lang=en`);
    expect(status).toBe(200);
    const data = articleResponseSchema.parse(body);
    expect(data.article.title).toBe('À Reykjavik, Blinken et Lavrov se parlent enfin');
    expect(data.translation).toEqual({
      articleId: SAMPLE.summitFrench,
      target: 'en',
      title: SAMPLE_TRANSLATIONS.summitFrenchTitle,
      text: SAMPLE_TRANSLATIONS.summitFrenchText,
      provider: 'apertium',
      quality: 'machine',
      path: ['fr', 'ca', 'en'],
      translatedAt: '2021-12-31T01:00:00.000Z',
    });
    // The API reads the reader cookie but never sets it.
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('gives translation null when none is stored, none is needed or none was asked for', async () => {
    const pending = articleResponseSchema.parse((await getTranslated(`/api/articles/${SAMPLE.summitSpanish}?lang=en`)).body);
    expect(pending.translation).toBeNull();
    const same = articleResponseSchema.parse((await getTranslated(`/api/articles/${SAMPLE.summitLead}?lang=en`)).body);
    expect(same.translation).toBeNull();
    const notAsked = articleResponseSchema.parse((await getTranslated(`/api/articles/${SAMPLE.summitFrench}`)).body);
    expect(notAsked.translation).toBeNull();
    const fromCookie = articleResponseSchema.parse((await getTranslated(`/api/articles/${SAMPLE.summitLead}`, 'bw_lang=fr')).body);
    expect(fromCookie.translation?.title).toBe(SAMPLE_TRANSLATIONS.summitEnglishInFrench);
    expect(fromCookie.translation?.text).toBeNull();
  });

  it('GET /api/stories?lang= adds translatedTitle and translation to each story', async () => {
    const data = storyListResponseSchema.parse((await getTranslated('/api/stories?lang=en&limit=10')).body);
    const call = data.stories.find((s) => s.id === SAMPLE.callStory)!;
    expect(call.translatedTitle).toBe(SAMPLE_TRANSLATIONS.callGlossTitle);
    expect(call.translation).toMatchObject({ articleId: SAMPLE.callLead, quality: 'gloss', provider: 'gloss', path: ['de', 'en'] });
    expect(call.translation).not.toHaveProperty('text');
    const summit = data.stories.find((s) => s.id === SAMPLE.summitStory)!;
    expect(summit.translatedTitle).toBeNull();
    expect(summit.translation).toBeNull();
  });

  it('leaves the translation fields out of stories when no language was asked for', async () => {
    const data = storyListResponseSchema.parse((await getTranslated('/api/stories?limit=10')).body);
    expect(data.stories[0]).not.toHaveProperty('translatedTitle');
    expect(data.stories[0]).not.toHaveProperty('translation');
  });

  it('GET /api/stories/:id with the cookie translates the story and its members', async () => {
    const data = storyResponseSchema.parse((await getTranslated(`/api/stories/${SAMPLE.summitStory}`, 'bw_lang=fr')).body);
    expect(data.story.translatedTitle).toBe(SAMPLE_TRANSLATIONS.summitEnglishInFrench);
    const [lead, french, spanish] = data.members.map((m) => m.article);
    expect(lead!.translatedTitle).toBe(SAMPLE_TRANSLATIONS.summitEnglishInFrench);
    expect(french!.translatedTitle).toBeNull();
    expect(spanish!.translatedTitle).toBeNull();
    expect(spanish!.translation).toBeNull();
    const english = storyResponseSchema.parse((await getTranslated(`/api/stories/${SAMPLE.summitStory}?lang=en`)).body);
    expect(english.members[1]!.article.translatedTitle).toBe(SAMPLE_TRANSLATIONS.summitFrenchTitle);
    expect(english.members[1]!.article.translation?.path).toEqual(['fr', 'ca', 'en']);
  });

  it('names a bad lang parameter', async () => {
    await expectBadRequest('/api/stories?lang=de', 'lang must be one of en, fr');
    await expectBadRequest(`/api/articles/${SAMPLE.summitFrench}?lang=xx`, 'lang');
    await expectBadRequest(`/api/stories/${SAMPLE.summitStory}?lang=EN`, 'lang');
  });
});
