// The bundled examples through the real pipeline: the demo corpus ingests cleanly, the bad inputs fail by name.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { ingestPaths } from './ingest-paths.js';

const examples = resolve(import.meta.dirname, '../../examples');
let dir: string;
let services: Services;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-examples-'));
  services = await openServices(loadConfig({}, { database: join(dir, 'examples.db') }));
});
afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('examples/demo', () => {
  it('ingests every article of the gold list, in every format, and clusters them all', async () => {
    const gold = JSON.parse(readFileSync(join(examples, 'demo-gold.json'), 'utf8')) as { events: { id: string; members: string[] }[] };
    const members = gold.events.flatMap((e) => e.members);
    const summary = await ingestPaths([join(examples, 'demo')], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(members.length);
    const articles = await services.store.listArticles({ limit: 1000 });
    const prefix = `${join(examples, 'demo')}/`;
    const refs = articles.map((a) => (a.ref.startsWith(prefix) ? a.ref.slice(prefix.length) : a.ref)).sort();
    expect(refs).toEqual([...members].sort());
    expect(articles.every((a) => a.storyId !== null)).toBe(true);
    // Every article's language is one the corpus was written in, and none is unknown.
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['en', 'fr', 'es', 'de', 'it', 'pt']));
    // The HTML pages' metadata is read: each has a canonical URL and an outlet name.
    const pages = articles.filter((a) => a.ref.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(15);
    for (const page of pages) {
      expect(page.url).toMatch(/^https:\/\/[a-z0-9.-]+\.example\//);
      expect(page.sourceName).toBeTruthy();
    }
  });
});

describe('examples/bad', () => {
  it('stores the two odd encodings and names the four broken files with their reasons', async () => {
    const before = await services.store.stats();
    const summary = await ingestPaths([join(examples, 'bad')], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    expect(summary.ingested).toBe(2);
    const reasons: Record<string, string> = Object.fromEntries(summary.failed.map((f) => [f.ref.split('/').pop() ?? f.ref, f.message]));
    expect(Object.keys(reasons).sort()).toEqual(['broken.json', 'empty.txt', 'image.txt', 'wrong-schema.json']);
    expect(reasons['empty.txt']).toMatch(/empty file/);
    expect(reasons['broken.json']).toMatch(/JSON/);
    expect(reasons['wrong-schema.json']).toMatch(/schema/);
    expect(reasons['image.txt']).toMatch(/binary/);
    const after = await services.store.stats();
    expect(after.articles).toBe(before.articles + 2);
    const articles = await services.store.listArticles({ limit: 1000 });
    const german = articles.find((a) => a.ref.endsWith('windows-1252-german.txt'));
    expect(german?.language).toBe('de');
    expect(german?.title).toBe('Münchner Oktoberfest-Bilanz: Weniger Bier, mehr Besucher aus Übersee');
    expect(german?.text).toMatch(/Theresa Großhuber/);
    expect(german?.text).not.toMatch(/\uFFFD/);
    expect(german?.sourceName).toBe('dpa');
    const french = articles.find((a) => a.ref.endsWith('utf16le-bom-french.txt'));
    expect(french?.language).toBe('fr');
    expect(french?.title).toBe('Lyon : la Fête des lumières annonce un parcours repensé pour décembre');
    expect(french?.text).not.toMatch(/Lire aussi/);
  });
});
