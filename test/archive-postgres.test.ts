// Moving a real archive between databases: the demo corpus ingested into SQLite, exported, imported into PostgreSQL and back, verified.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { InputError } from '../src/domain/index.js';
import { ingestPaths, openServices } from '../src/pipeline/index.js';
import { exportArchive, importArchive, openStore } from '../src/store/index.js';
import type { ImportReport, Store } from '../src/store/index.js';
import { makeArticle } from '../src/store/contract/fixtures.js';
import { createTestDatabase } from './support/postgres-database.js';

const serverUrl = inject('postgresUrl');
if (!serverUrl) console.warn(`skipping the archive tests on PostgreSQL: ${inject('postgresMissing')}`);
const root = resolve(import.meta.dirname, '..');
const drops: (() => Promise<void>)[] = [];

async function freshPostgres(): Promise<string> {
  const database = await createTestDatabase(serverUrl);
  drops.push(database.drop);
  return database.url;
}

async function withStore<T>(database: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Everything a reader can get back through the Store, in a comparable shape. */
async function readBack(store: Store) {
  const stories = await store.listStories({});
  const members = await Promise.all(stories.map((s) => store.listStoryMembers(s.id)));
  const articles = await store.listArticles({});
  const translations = await store.listTranslations(articles.map((a) => a.id), 'en');
  return { stories, members, articles, translations, stats: await store.stats(), days: await store.listDays() };
}

const counts = (report: ImportReport) => Object.fromEntries(report.tables.map((t) => [t.table, t.stored.count]));

describe.skipIf(!serverUrl)('archives between SQLite and PostgreSQL', () => {
  let dir: string;
  let sqlitePath: string;
  let archive: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'babelwire-archive-'));
    sqlitePath = join(dir, 'demo.db');
    archive = join(dir, 'demo.jsonl.gz');
    // Titles are translated at ingestion, bodies on first view: the translation tables fill up, faster.
    const services = await openServices(loadConfig({ BABELWIRE_TRANSLATE_BODIES: 'lazy' }, { database: sqlitePath }));
    try {
      const summary = await ingestPaths([join(root, 'examples', 'demo')], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
      expect(summary.failed).toEqual([]);
      await services.store.enqueueJob('translate', 'pending-work');
      await services.store.recordFailure({ ref: 'examples/bad/broken.html', stage: 'extract', message: 'extract: no text', at: '2026-10-01T00:00:00Z' });
    } finally {
      await services.close();
    }
  }, 300_000);

  afterAll(async () => {
    for (const drop of drops.splice(0)) await drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('exports the demo archive from SQLite, imports it into PostgreSQL, and both read back the same', async () => {
    const exported = await withStore(sqlitePath, (store) => exportArchive(store, archive));
    expect(exported.tables.articles?.count).toBe(54);
    for (const table of ['stories', 'story_keys', 'story_members', 'article_translations', 'translation_cache', 'jobs', 'failures']) {
      expect(exported.tables[table]?.count, table).toBeGreaterThan(0);
    }
    expect(exported.bytes).toBeGreaterThan(1000);
    expect((await readFile(archive)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    const pg = await freshPostgres();
    const report = await withStore(pg, (store) => importArchive(store, archive));
    expect(report.verified).toBe(true);
    for (const check of report.tables) {
      expect(check.stored, check.table).toEqual(exported.tables[check.table]);
      expect(check.inserted, check.table).toBe(check.archived.count);
    }
    const fromSqlite = await withStore(sqlitePath, readBack);
    const fromPostgres = await withStore(pg, readBack);
    for (const key of Object.keys(fromSqlite) as (keyof typeof fromSqlite)[]) expect(fromPostgres[key], key).toEqual(fromSqlite[key]);
    // The engines rank and stem differently; what SQLite finds, PostgreSQL finds too.
    const hits = async (database: string) => withStore(database, async (store) => (await store.search('Genève musée', {})).map((h) => h.articleId));
    const sqliteHits = await hits(sqlitePath);
    expect(sqliteHits.length).toBeGreaterThan(0);
    expect(await hits(pg)).toEqual(expect.arrayContaining(sqliteHits));

    // New rows after the import get fresh numbers: the identity sequences moved past the imported ones.
    await withStore(pg, async (store) => {
      await store.recordFailure({ ref: 'after-import', stage: 'extract', message: 'extract: later', at: '2026-10-02T00:00:00Z' });
      await store.enqueueJob('cluster', 'after-import');
      expect((await store.insertArticle(makeArticle({ contentHash: 'after-import' }))).created).toBe(true);
      expect((await store.listFailures({})).map((f) => f.ref)).toEqual(['after-import', 'examples/bad/broken.html']);
    });
  });

  it('adds nothing when the same archive is imported twice', async () => {
    const pg = await freshPostgres();
    const first = await withStore(pg, (store) => importArchive(store, archive));
    const second = await withStore(pg, (store) => importArchive(store, archive));
    expect(second.verified).toBe(true);
    expect(second.tables.every((t) => t.inserted === 0)).toBe(true);
    expect(counts(second)).toEqual(counts(first));
  });

  it('comes back from PostgreSQL to SQLite with the same counts and checksums', async () => {
    const pg = await freshPostgres();
    await withStore(pg, (store) => importArchive(store, archive));
    const back = join(dir, 'back.jsonl');
    const fromPg = await withStore(pg, (store) => exportArchive(store, back));
    const original = await withStore(sqlitePath, (store) => exportArchive(store, join(dir, 'again.jsonl.gz')));
    expect(fromPg.tables).toEqual(original.tables);
    const report = await withStore(join(dir, 'back.db'), (store) => importArchive(store, back));
    expect(report.verified).toBe(true);
    expect(Object.fromEntries(report.tables.map((t) => [t.table, t.stored]))).toEqual(original.tables);
  });

  it('keeps nothing when the target holds other rows, and says which tables differ', async () => {
    const pg = await freshPostgres();
    const other = { ref: 'already-here', stage: 'extract', message: 'extract: other', at: '2026-01-01T00:00:00Z' };
    await withStore(pg, (store) => store.recordFailure(other));
    const report = await withStore(pg, (store) => importArchive(store, archive));
    expect(report.verified).toBe(false);
    expect(report.tables.filter((t) => !t.matches).map((t) => t.table)).toEqual(['failures']);
    await withStore(pg, async (store) => {
      expect(await store.listFailures({})).toEqual([other]);
      expect((await store.stats()).articles).toBe(0);
    });

    // An article in the way breaks the archive's own references: refused with a hint, nothing kept.
    const crowded = await freshPostgres();
    await withStore(crowded, (store) => store.insertArticle(makeArticle({ title: 'Already here' })));
    await withStore(crowded, async (store) => {
      await expect(importArchive(store, archive)).rejects.toThrow(/import into an empty database/);
      expect((await store.stats()).articles).toBe(1);
    });
  });

  it('refuses a truncated or tampered archive and changes nothing', async () => {
    const lines = gunzipSync(await readFile(archive)).toString('utf8').trimEnd().split('\n');
    const truncated = join(dir, 'truncated.jsonl');
    await writeFile(truncated, lines.slice(0, -1).join('\n'));
    const tampered = join(dir, 'tampered.jsonl.gz');
    const edited = lines.map((line) => line.replace('"title":"', '"title":"X'));
    await writeFile(tampered, gzipSync(edited.join('\n')));
    const notAnArchive = join(dir, 'other.json');
    await writeFile(notAnArchive, '{"hello":1}\n');
    const pg = await freshPostgres();
    await withStore(pg, async (store) => {
      await expect(importArchive(store, truncated)).rejects.toThrow(/truncated/);
      await expect(importArchive(store, tampered)).rejects.toThrow(/damaged/);
      await expect(importArchive(store, notAnArchive)).rejects.toBeInstanceOf(InputError);
      await expect(importArchive(store, join(dir, 'missing.jsonl'))).rejects.toThrow(/cannot read the archive/);
      expect((await store.stats()).articles).toBe(0);
    });
  });
});
