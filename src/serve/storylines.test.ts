// Storyline pages and API over a real in-memory store: the timeline page in English and French, the story page's link, JSON validated against the schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storyline } from '../domain/index.js';
import type { Store } from '../store/store.js';
import { storylineListResponseSchema, storylineResponseSchema, storyStorylineResponseSchema } from './api/storyline-api-schemas.js';
import type { ServeApp } from './create-app.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';

let app: ServeApp;
let store: Store;

const storyline: Storyline = {
  id: 'l_sample',
  title: 'Joe Biden · Vladimir Putin',
  entities: [
    { id: 'person:joe-biden', kind: 'person', name: 'Joe Biden', articles: 3 },
    { id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', articles: 3 },
  ],
  storyCount: 2,
  firstPublishedAt: '2021-05-19T10:00:00.000Z',
  lastPublishedAt: '2021-12-08T10:00:00.000Z',
  members: [
    { storyId: SAMPLE.summitStory, link: { linkedTo: null, score: 1, sharedEntities: [], sharedTerms: [], gapDays: null } },
    {
      storyId: SAMPLE.callStory,
      link: { linkedTo: SAMPLE.summitStory, score: 0.58, sharedEntities: ['person:joe-biden', 'person:vladimir-putin'], sharedTerms: ['summit'], gapDays: 196 },
    },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

beforeAll(async () => {
  ({ app, store } = await openSampleApp({ siteName: 'Babelwire', readerLanguage: 'en', pageSize: 10 }));
  await store.replaceStorylines([storyline], []);
});
afterAll(async () => {
  await store.close();
});

async function get(path: string) {
  const res = await app.request(path);
  return { status: res.status, body: await res.text() };
}

describe('storyline page', () => {
  it('shows the stories in order, each with what links it to the one before, in a page with one h1 and a main landmark', async () => {
    const { status, body } = await get(`/storylines/${storyline.id}`);
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en"');
    expect(body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(body).toContain('<main');
    expect(body).toContain('Joe Biden · Vladimir Putin');
    const summit = body.indexOf(`href="/stories/${SAMPLE.summitStory}"`);
    const call = body.indexOf(`href="/stories/${SAMPLE.callStory}"`);
    expect(summit).toBeGreaterThan(0);
    expect(call).toBeGreaterThan(summit);
    expect(body).toContain('Where the storyline starts');
    expect(body).toContain(`href="#story-${SAMPLE.summitStory}"`);
    expect(body).toContain('Shares: Joe Biden, Vladimir Putin');
    expect(body).toContain('196 days later');
    expect(body).toContain('href="/entities/person%3Ajoe-biden"');
  });

  it('speaks French to a French reader', async () => {
    const { body } = await get(`/storylines/${storyline.id}?lang=fr`);
    expect(body).toContain('<html lang="fr"');
    expect(body).toContain('Le début du fil');
    expect(body).toContain('196 jours plus tard');
    expect(body).toContain('En commun\u00a0: Joe Biden, Vladimir Putin');
  });

  it('answers 404 for an unknown storyline, and lists storylines', async () => {
    expect((await get('/storylines/l_nope')).status).toBe(404);
    const list = await get('/storylines');
    expect(list.status).toBe(200);
    expect(list.body).toContain(`href="/storylines/${storyline.id}"`);
    expect(list.body).toContain('2 stories');
  });

  it('is in the top navigation of every page, marked current on the storyline pages', async () => {
    const home = (await get('/')).body;
    expect(home).toContain('<a href="/storylines">Storylines</a>');
    expect((await get('/storylines')).body).toContain('<a href="/storylines" aria-current="page">Storylines</a>');
    expect((await get(`/storylines/${storyline.id}?lang=fr`)).body).toContain('<a href="/storylines" aria-current="page">Fils</a>');
  });

  it('is linked from the story pages of its stories, not from others', async () => {
    const { body } = await get(`/stories/${SAMPLE.callStory}`);
    expect(body).toContain(`href="/storylines/${storyline.id}"`);
    expect(body).toContain('Part of a storyline: Joe Biden · Vladimir Putin (2 stories)');
    expect((await get(`/stories/${SAMPLE.scriptStory}`)).body).not.toContain('/storylines/');
  });
});

describe('storyline API', () => {
  it('lists storylines and serves one with its stories and links, in the documented shapes', async () => {
    const list = storylineListResponseSchema.parse(JSON.parse((await get('/api/storylines')).body));
    expect(list.storylines.map((s) => s.id)).toEqual([storyline.id]);
    expect(list.storylines[0]?.storyIds).toEqual([SAMPLE.summitStory, SAMPLE.callStory]);
    const one = storylineResponseSchema.parse(JSON.parse((await get(`/api/storylines/${storyline.id}`)).body));
    expect(one.stories.map((s) => s.story.id)).toEqual([SAMPLE.summitStory, SAMPLE.callStory]);
    expect(one.stories[1]?.link).toEqual(storyline.members[1]?.link);
    expect((await get('/api/storylines/l_nope')).status).toBe(404);
  });

  it("gives a story's storyline, or null, and 404 for an unknown story", async () => {
    const of = storyStorylineResponseSchema.parse(JSON.parse((await get(`/api/stories/${SAMPLE.summitStory}/storyline`)).body));
    expect(of.storyline?.id).toBe(storyline.id);
    expect(storyStorylineResponseSchema.parse(JSON.parse((await get(`/api/stories/${SAMPLE.scriptStory}/storyline`)).body)).storyline).toBeNull();
    expect((await get('/api/stories/nope/storyline')).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = JSON.parse((await get('/api/openapi.json')).body) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/storylines', '/api/storylines/{id}', '/api/stories/{id}/storyline']));
  });
});
