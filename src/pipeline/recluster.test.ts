// Re-clustering on a real SQLite store: story ids survive where the stories do, a changed setting regroups, --since leaves older stories alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClusterSettings } from '../cluster/index.js';
import { loadConfig } from '../config/index.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { ingestPaths } from './ingest-paths.js';
import { mapStoryIds, reclusterArticles } from './recluster.js';

const demo = resolve(import.meta.dirname, '../../examples/demo');
let dir: string;
let services: Services;

async function assignment(): Promise<Map<string, string | null>> {
  const articles = await services.store.listArticles({ limit: 1000 });
  return new Map(articles.map((a) => [a.id, a.storyId]));
}

describe('mapStoryIds', () => {
  it('gives each new group the old id it shares most articles with, each old id once, ties to the earlier group', () => {
    const old: Record<string, string> = { a: 'S1', b: 'S1', c: 'S1', d: 'S2', e: 'S2' };
    const ids = mapStoryIds([['a'], ['b', 'c', 'd'], ['e'], ['x']], (id) => old[id] ?? null);
    expect(ids).toEqual([null, 'S1', 'S2', null]);
    expect(mapStoryIds([['a'], ['b']], (id) => old[id] ?? null)).toEqual(['S1', null]);
  });
});

describe('reclusterArticles on the demo corpus', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'babelwire-recluster-'));
    services = await openServices(loadConfig({ BABELWIRE_TRANSLATE_TO: 'none' }, { database: join(dir, 'r.db') }));
    await ingestPaths([demo], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings, translate: false });
  }, 240_000);
  afterAll(async () => {
    await services?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('rebuilt with the same settings, keeps the story ids; split apart, each old id lives on in one of its articles', async () => {
    const before = await assignment();
    const oldIds = new Set([...before.values()].filter((v): v is string => v !== null));
    expect(oldIds.size).toBeGreaterThan(3);

    const progress: number[] = [];
    const same = await reclusterArticles(services.store, services.clusterSettings, { onProgress: (done) => progress.push(done) });
    expect(progress.at(-1)).toBe(before.size);
    const after = await assignment();
    expect([...after.values()].every((v) => v !== null)).toBe(true);
    expect((await services.store.stats()).stories).toBe(same.storiesAfter);
    const afterIds = new Set([...after.values()] as string[]);
    const kept = [...afterIds].filter((id) => oldIds.has(id)).length;
    expect(kept).toBeGreaterThanOrEqual(Math.ceil(oldIds.size / 2));
    // A story whose articles are exactly the same as before keeps its id (its URL).
    const membersOf = (m: Map<string, string | null>, id: string): string => [...m].filter(([, s]) => s === id).map(([a]) => a).sort().join(',');
    for (const id of oldIds) {
      const group = membersOf(before, id);
      const now = after.get(group.split(',')[0] as string) as string;
      if (membersOf(after, now) === group) expect(now).toBe(id);
    }
    expect(same.idsKept).toBe(kept);
    for (const id of afterIds) expect(await services.store.getStory(id)).not.toBeNull();

    const alone = await reclusterArticles(services.store, makeClusterSettings({ joinThreshold: 1e9, timelessJoinThreshold: 1e9 }));
    expect(alone.storiesAfter).toBe(before.size);
    const split = await assignment();
    expect(new Set(split.values()).size).toBe(before.size);
    for (const id of afterIds) expect([...split.values()]).toContain(id);
    expect(alone.idsRemoved).toBe(0);
  }, 120_000);

  it('with --since, leaves stories whose articles are all older untouched', async () => {
    const before = await assignment();
    const articles = await services.store.listArticles({ limit: 1000 });
    const dated = articles.filter((a) => a.publishedAt).sort((x, y) => Date.parse(x.publishedAt as string) - Date.parse(y.publishedAt as string));
    const cut = dated[Math.floor(dated.length / 2)]?.publishedAt as string;
    const summary = await reclusterArticles(services.store, makeClusterSettings({ joinThreshold: 1e9, timelessJoinThreshold: 1e9 }), { since: cut });
    expect(summary.articles).toBeLessThan(articles.length);
    const after = await assignment();
    const recent = new Set(articles.filter((a) => Date.parse(a.publishedAt ?? a.ingestedAt) >= Date.parse(cut)).map((a) => a.storyId));
    for (const a of articles) {
      if (!recent.has(a.storyId)) expect(after.get(a.id)).toBe(before.get(a.id));
    }
  }, 120_000);
});
