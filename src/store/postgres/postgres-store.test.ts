// Runs the store contract on PostgreSQL (a fresh database per test), plus PostgreSQL-only checks: migrations, search configurations, claims, errors.
import { CompiledQuery, sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/postgres-database.js';
import { InputError } from '../../domain/index.js';
import { describeStoreContract } from '../contract.js';
import { makeArticle, makeStory } from '../contract/fixtures.js';
import { candidateWindow } from '../migrations/0010-candidate-window.js';
import { openStore } from '../index.js';
import { MIGRATIONS } from '../migrations/run-migrations.js';
import { contentVersionQuery } from '../queries/reader.js';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';

const serverUrl = inject('postgresUrl');
if (!serverUrl) console.warn(`skipping the PostgreSQL store tests: ${inject('postgresMissing')}`);

const drops: (() => Promise<void>)[] = [];
let lastUrl = '';

afterAll(async () => {
  for (const drop of drops.splice(0)) await drop();
});

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase(serverUrl);
  drops.push(database.drop);
  return database.url;
}

async function withStore(fn: (store: PostgresStore, url: string) => Promise<void>): Promise<void> {
  const url = await freshDatabase();
  const store = (await openStore({ database: url })) as PostgresStore;
  try {
    await fn(store, url);
  } finally {
    await store.close();
  }
}

describe.skipIf(!serverUrl)('PostgreSQL store', () => {
  describeStoreContract(
    'postgres',
    async () => {
      lastUrl = await freshDatabase();
      return openStore({ database: lastUrl });
    },
    { reopen: () => openStore({ database: lastUrl }) },
  );

  it('migrates once when two pools start on a new database at the same moment', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    try {
      const applied = await Promise.all([a.applyMigrations(), b.applyMigrations()]);
      expect(applied.map((ids) => ids.length).sort()).toEqual([0, MIGRATIONS.length]);
      expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await a.applyMigrations()).toEqual([]);
      await a.insertArticle(makeArticle({ title: 'Written after a race' }));
      expect((await b.search('race', {})).length).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('has an index for the content version\'s link and near-copy parts (migration 0013)', async () => {
    await withStore(async (store) => {
      const query = contentVersionQuery(store.db).compile();
      // Empty tables are cheapest to scan: with scans priced out, a part without a usable index still shows a Seq Scan.
      const plan = await store.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const rows = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]));
        return rows.rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(/Index .*(using|on) article_links_seen/);
      expect(plan).toMatch(/Index .*(using|on) article_fingerprints_near_copy/);
      expect(plan).not.toMatch(/Seq Scan on (article_links|article_fingerprints)/);
    });
  });

  it('runs migration 0010 a second time as a no-op: same counts, spans and triggers', async () => {
    await withStore(async (store) => {
      const save = async (fixture: ReturnType<typeof makeStory>) => store.saveStory(fixture.story, fixture.profile);
      await save(makeStory('s1', { keys: { 'e:x': 1, 't:y': 1 } }));
      await save(makeStory('s2', { keys: { 'e:x': 1 }, first: null }));
      const snapshot = async () => ({
        keys: await store.db.selectFrom('story_keys').selectAll().orderBy('story_id').orderBy('key').execute(),
        counts: await store.db.selectFrom('key_counts').selectAll().orderBy('key').execute(),
        stories: await store.db.selectFrom('store_counts').selectAll().execute(),
      });
      const before = await snapshot();
      expect(before.counts).toEqual([{ key: 'e:x', stories: 2 }, { key: 't:y', stories: 1 }]);
      await store.db.transaction().execute((trx) => candidateWindow.up(trx as never, 'postgres'));
      expect(await snapshot()).toEqual(before);
      await save(makeStory('s3', { keys: { 'e:x': 1 } }));
      expect(await store.keyFrequencies(['e:x'])).toEqual({ stories: 3, counts: { 'e:x': 3 } });
    });
  });

  it('hands every job to exactly one of many concurrent claims', async () => {
    await withStore(async (store) => {
      for (let i = 0; i < 30; i++) await store.enqueueJob('cluster', `k${i}`);
      const batches = await Promise.all(Array.from({ length: 8 }, () => store.claimJobs('cluster', 5)));
      const rest = await store.claimJobs('cluster', 100);
      const ids = [...batches.flat(), ...rest].map((job) => job.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
    });
  });

  it('indexes each language with its own stemmer, accents folded, and others with simple', async () => {
    await withStore(async (store) => {
      const fr = makeArticle({ title: 'Les ministres se sont rencontrés', text: 'Négociations difficiles à Genève.', language: 'fr' });
      const de = makeArticle({ title: 'Verhandlungen in Genf', text: 'Die Ministerinnen trafen sich.', language: 'de' });
      const en = makeArticle({ title: 'Talks continued', text: 'The ministers were negotiating.', language: 'en' });
      const pl = makeArticle({ title: 'Rozmowy w Genewie', text: 'Ministrowie się spotkali.', language: 'pl' });
      for (const a of [fr, de, en, pl]) await store.insertArticle(a);
      const configs = await sql<{ id: string; config: string }>`
        select a.id, s.config::text as config from article_search s join articles a on a.seq = s.seq order by a.id`.execute(store.db);
      expect(Object.fromEntries(configs.rows.map((r) => [r.id, r.config]))).toEqual({
        [fr.id]: 'bw_french',
        [de.id]: 'bw_german',
        [en.id]: 'bw_english',
        [pl.id]: 'bw_simple',
      });
      const ids = async (q: string) => (await store.search(q, {})).map((h) => h.articleId).sort();
      // Inflections meet through the article's stemmer; the query may be in any form.
      expect(await ids('rencontre ')).toEqual([fr.id]);
      expect(await ids('negociation ')).toEqual([fr.id]);
      expect(await ids('verhandlung ')).toEqual([de.id]);
      expect(await ids('negotiate ')).toEqual([en.id]);
      // Without a stemmer, exact words and prefixes still match.
      expect(await ids('genewie ')).toEqual([pl.id]);
      expect(await ids('spotk')).toEqual([pl.id]);
      const [hit] = await store.search('geneve', {});
      expect(hit?.snippet).toContain('Genève');
    });
  });

  it('keeps the index in step with title, text and language changes and deletions', async () => {
    await withStore(async (store) => {
      const a = makeArticle({ text: 'Original wording about glaciers.' });
      const b = makeArticle({ text: 'Another text about volcanoes.' });
      await store.insertArticle(a);
      await store.insertArticle(b);
      await store.db.updateTable('articles').set({ text: 'Rewritten about fjords.' }).where('id', '=', a.id).execute();
      await store.db.deleteFrom('articles').where('id', '=', b.id).execute();
      expect(await store.search('glaciers', {})).toEqual([]);
      expect((await store.search('fjords', {})).map((h) => h.articleId)).toEqual([a.id]);
      expect(await store.search('volcanoes', {})).toEqual([]);
      await store.db.updateTable('articles').set({ language: 'fr' }).where('id', '=', a.id).execute();
      const row = await sql<{ config: string }>`select config::text as config from article_search`.execute(store.db);
      expect(row.rows).toEqual([{ config: 'bw_french' }]);
    });
  });

  it('stores and searches an article longer than a tsvector can hold', async () => {
    await withStore(async (store) => {
      const words = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
      const long = makeArticle({ title: 'Very long report', text: `Opening words about lighthouses. ${words}` });
      expect((await store.insertArticle(long)).created).toBe(true);
      expect((await store.search('lighthouses', {})).map((h) => h.articleId)).toEqual([long.id]);
      expect((await store.getArticle(long.id))?.text).toBe(long.text);
    });
  });

  it('stores 8-byte floats and sorts text byte by byte, like SQLite', async () => {
    await withStore(async (store) => {
      const types = await sql<{ column_name: string; data_type: string; collation_name: string | null }>`
        select column_name, data_type, collation_name from information_schema.columns
        where table_name = 'articles' and column_name in ('language_confidence', 'id', 'seq') order by column_name`.execute(store.db);
      expect(types.rows).toEqual([
        { column_name: 'id', data_type: 'text', collation_name: 'C' },
        { column_name: 'language_confidence', data_type: 'double precision', collation_name: null },
        { column_name: 'seq', data_type: 'bigint', collation_name: null },
      ]);
    });
  });

  it('says so when the database does not exist, without retrying', async () => {
    const url = new URL(serverUrl);
    url.pathname = '/bw_no_such_database';
    url.password = 'not-used-secret';
    const error: unknown = await openStore({ database: url.toString(), connectRetryDelayMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^store: PostgreSQL has no such database/);
    expect((error as Error).message).not.toContain('not-used-secret');
  });
});
