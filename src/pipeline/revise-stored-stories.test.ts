// The merge and split pass on a real SQLite file: stories merge, a drifted article moves, the absorbed story's URL redirects.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToProfile, founderReason, makeClusterSettings, summarizeStory } from '../cluster/index.js';
import type { EntityMention, NewArticle, StoryProfile } from '../domain/index.js';
import { createApp } from '../serve/create-app.js';
import { makeArticle } from '../store/contract/fixtures.js';
import { openStore, type Store } from '../store/index.js';
import { reviseRecentStories, reviseStoredStories } from './revise-stored-stories.js';

const settings = makeClusterSettings();
let dir: string;
let store: Store;

function mention(id: string, inTitle = false): EntityMention {
  return { id, kind: id.startsWith('place:') ? 'place' : 'org', name: id, surfaces: [id], count: 1, inTitle };
}
const flood = [mention('place:passau', true), mention('place:danube'), mention('org:thw')];
const quake = [mention('place:hualien', true), mention('place:taiwan'), mention('org:central-weather-administration')];
const terms = (list: string[]): NewArticle['terms'] => list.map((term, i) => ({ term, weight: 1 - i / 10 }));

function floodArticle(id: string, hour: number, language = 'en'): NewArticle {
  return makeArticle({ id, language, entities: flood, terms: terms(['flood', 'danube', 'levee', 'evacuate']), publishedAt: `2024-06-03T0${hour}:00:00Z` });
}
function quakeArticle(id: string, hour: number): NewArticle {
  return makeArticle({ id, entities: quake, terms: terms(['earthquake', 'magnitude', 'aftershock']), publishedAt: `2024-06-03T0${hour}:00:00Z` });
}

/** Stores a story exactly as given, the way a worse clustering run could have left it. */
async function storeStory(id: string, articles: NewArticle[]): Promise<void> {
  let profile: StoryProfile | null = null;
  let story = null;
  for (const article of articles) {
    await store.insertArticle(article);
    const full = { ...article, storyId: null };
    profile = addToProfile(profile, id, full, undefined, settings);
    story = summarizeStory(story, id, full, founderReason(), '2024-06-03T10:00:00.000Z', settings);
  }
  if (!story || !profile) throw new Error('test: empty story');
  await store.saveStory(story, profile);
  for (const article of articles) await store.assignArticle(article.id, id, founderReason());
}

async function storyOf(articleId: string): Promise<string | null> {
  return (await store.getArticle(articleId))?.storyId ?? null;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-revise-'));
  store = await openStore({ database: join(dir, 'revise.db') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('reviseStoredStories on SQLite', () => {
  it('merges one event told twice, moves the drifted article to its event, and redirects the absorbed story', async () => {
    await storeStory('s_flood', [floodArticle('f1', 1), floodArticle('f2', 2), floodArticle('f3', 3), quakeArticle('q3', 4)]);
    await storeStory('s_flood_de', [floodArticle('f4', 5, 'de'), floodArticle('f5', 6, 'de')]);
    await storeStory('s_quake', [quakeArticle('q1', 1), quakeArticle('q2', 2)]);

    // Only the flood story is named: its neighbours (by shared keys, in the time window) come along.
    const summary = await reviseStoredStories(store, settings, ['s_flood']);

    expect(summary).toMatchObject({ merged: 2, split: 1, redirects: [{ from: 's_flood_de', to: 's_flood' }] });
    for (const id of ['f1', 'f2', 'f3', 'f4', 'f5']) expect(await storyOf(id)).toBe('s_flood');
    for (const id of ['q1', 'q2', 'q3']) expect(await storyOf(id)).toBe('s_quake');
    expect(await store.getStory('s_flood_de')).toBeNull();
    expect((await store.getStory('s_flood'))?.articleCount).toBe(5);
    expect((await store.getStory('s_flood'))?.languages).toEqual(['de', 'en']);
    expect((await store.listStoryMembers('s_quake')).map((m) => m.articleId)).toEqual(['q1', 'q2', 'q3']);
    // The moved article's reason is its match with the story it joined, not a founder's.
    const moved = (await store.listStoryMembers('s_quake')).find((m) => m.articleId === 'q3');
    expect(moved?.reason.founder).toBe(false);
    expect(moved?.reason.sharedEntities).toContain('place:hualien');
    expect(await store.resolveStoryRedirect('s_flood_de')).toBe('s_flood');
    expect(await store.resolveStoryRedirect('s_flood')).toBeNull();
    expect((await store.stats()).stories).toBe(2);

    // Running the pass again changes nothing.
    expect(await reviseStoredStories(store, settings, ['s_flood', 's_quake'])).toMatchObject({ merged: 0, split: 0 });

    const app = createApp({ store, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 5 }, logError: () => {}, pageCache: { maxEntries: 10, checkMs: 0 } });
    const page = await app.request('/stories/s_flood_de?lang=de');
    expect(page.status).toBe(301);
    expect(page.headers.get('location')).toBe('/stories/s_flood?lang=de');
    const api = await app.request('/api/stories/s_flood_de');
    expect(api.status).toBe(301);
    expect(api.headers.get('location')).toBe('/api/stories/s_flood');
    expect((await app.request('/stories/never-was')).status).toBe(404);
  });

  it('keeps redirect chains one hop long', async () => {
    await store.redirectStories([{ from: 'a', to: 'b' }]);
    await store.redirectStories([{ from: 'b', to: 'c' }]);
    expect(await store.resolveStoryRedirect('a')).toBe('c');
    expect(await store.resolveStoryRedirect('b')).toBe('c');
    // A story that is a target again is live: nothing leads away from it.
    await store.redirectStories([{ from: 'd', to: 'b' }]);
    expect(await store.resolveStoryRedirect('b')).toBeNull();
    expect(await store.resolveStoryRedirect('d')).toBe('b');
  });

  it('leaves stories that hold together as they are', async () => {
    await storeStory('s_flood', [floodArticle('f1', 1), floodArticle('f2', 2)]);
    await storeStory('s_quake', [quakeArticle('q1', 1), quakeArticle('q2', 2)]);
    expect(await reviseStoredStories(store, settings, ['s_flood', 's_quake'])).toEqual({ merged: 0, split: 0, formed: 0, redirects: [] });
    expect(await storyOf('f2')).toBe('s_flood');
    expect(await storyOf('q2')).toBe('s_quake');
  });

  it('the periodic pass revises the stories published since a date, and leaves older ones alone', async () => {
    await storeStory('s_flood', [floodArticle('f1', 1), floodArticle('f2', 2), floodArticle('f3', 3)]);
    await storeStory('s_flood_de', [floodArticle('f4', 5, 'de'), floodArticle('f5', 6, 'de')]);
    const later = await reviseRecentStories(store, settings, '2024-06-04T00:00:00Z');
    expect(later).toMatchObject({ stories: 0, merged: 0 });
    expect(await storyOf('f4')).toBe('s_flood_de');
    const recent = await reviseRecentStories(store, settings, '2024-06-03T00:00:00Z');
    expect(recent).toMatchObject({ stories: 2, merged: 1, split: 0, redirects: [{ from: 's_flood_de', to: 's_flood' }] });
    expect(await storyOf('f4')).toBe('s_flood');
  });
});
