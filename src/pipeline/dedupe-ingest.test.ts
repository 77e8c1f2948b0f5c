// Integration test of duplicates through the real pipeline and a real SQLite file: one article reached by two
// tracking URLs with an edited title, an AMP copy, and another outlet's near-copy of the same agency dispatch.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { ingestPaths } from './ingest-paths.js';

const dispatch = [
  'Rescue teams in the Austrian Alps reached a group of twelve hikers on Tuesday morning after they spent the night trapped by a sudden snowstorm near the Grossglockner.',
  'The hikers, most of them students from Graz, had set off on Monday despite warnings from the mountain weather service and lost their way when visibility fell.',
  'A helicopter brought the first four down to the valley at dawn, and the others walked out with the mountain rescue teams before noon, the regional police said.',
  'Two of the hikers were treated in hospital for frostbite, but none of them was seriously hurt, according to the police spokesman in Lienz.',
].join('\n\n');

const first = {
  title: 'Twelve hikers rescued after night in Alpine snowstorm',
  text: dispatch,
  url: 'https://www.alpine-herald.example/news/hikers-rescued?utm_source=rss&utm_medium=feed',
  source: 'Alpine Herald',
  publishedAt: '2026-11-10T09:00:00Z',
};
// The same page through a second feed: another tracking URL and a headline edited since.
const second = {
  ...first,
  title: 'Twelve hikers rescued alive after a night in an Alpine snowstorm',
  url: 'https://www.alpine-herald.example/news/hikers-rescued?fbclid=IwAR0xyz',
  source: 'Alpine Herald via Newsletter',
};
// Its AMP edition.
const amp = { ...first, url: 'https://amp.alpine-herald.example/news/hikers-rescued/amp', source: 'Alpine Herald' };
// Another outlet republishing the agency dispatch with its own headline and one sentence of its own.
const otherOutlet = {
  title: 'Hikers saved from Grossglockner blizzard',
  text: `${dispatch}\n\nThe agency report was first published on Tuesday.`,
  url: 'https://valley-times.example/2026/11/10/hikers-saved',
  source: 'Valley Times',
  publishedAt: '2026-11-10T10:30:00Z',
};

let dir: string;
let services: Services;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-dedupe-'));
  await writeFile(join(dir, 'a-feed.json'), JSON.stringify([first]));
  await writeFile(join(dir, 'b-feed.json'), JSON.stringify([second, amp]));
  await writeFile(join(dir, 'c-other.json'), JSON.stringify([otherOutlet]));
  services = await openServices(loadConfig({}, { database: join(dir, 'test.db') }));
});

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('duplicates through the pipeline', () => {
  it('stores one article with several links, and marks another outlet’s near-copy in the story', async () => {
    const summary = await ingestPaths([dir], services, { maxFileBytes: 100_000, cluster: services.clusterSettings });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(2);
    expect(summary.duplicates).toBe(2);

    const { store } = services;
    const articles = await store.listArticles({});
    expect(articles.map((a) => a.sourceName).sort()).toEqual(['Alpine Herald', 'Valley Times']);
    const herald = articles.find((a) => a.sourceName === 'Alpine Herald');
    const valley = articles.find((a) => a.sourceName === 'Valley Times');
    if (!herald || !valley) throw new Error('expected both outlets');
    expect(herald.title).toBe(first.title);

    const links = await store.listArticleLinks(herald.id);
    expect(links.map((l) => l.url)).toEqual([first.url, second.url, amp.url]);
    expect(new Set(links.map((l) => l.urlKey))).toEqual(new Set(['alpine-herald.example/news/hikers-rescued']));
    expect(links.map((l) => l.sourceName)).toEqual(['Alpine Herald', 'Alpine Herald via Newsletter', 'Alpine Herald']);

    const fingerprints = await store.listFingerprints([herald.id, valley.id]);
    expect(fingerprints.find((f) => f.articleId === valley.id)?.nearCopyOf).toBe(herald.id);
    expect(fingerprints.find((f) => f.articleId === herald.id)?.nearCopyOf).toBeNull();

    // Both copies are about one event: clustering puts them in one story, where the copy is marked.
    const stored = await store.getArticle(valley.id);
    expect(stored?.storyId).toBeTruthy();
    expect(stored?.storyId).toBe((await store.getArticle(herald.id))?.storyId);
  });

  it('ingesting the same inputs again adds nothing', async () => {
    const summary = await ingestPaths([dir], services, { maxFileBytes: 100_000, cluster: services.clusterSettings });
    expect(summary.ingested).toBe(0);
    expect(summary.duplicates).toBe(4);
    const herald = (await services.store.listArticles({})).find((a) => a.sourceName === 'Alpine Herald');
    expect((await services.store.listArticleLinks(herald?.id ?? '')).length).toBe(3);
  });
});
