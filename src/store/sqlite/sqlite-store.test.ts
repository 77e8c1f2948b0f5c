// Runs the store contract on SQLite, in memory and on files, plus SQLite-only checks: persistence, pragmas, query plans.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../domain/index.js';
import { describeStoreContract } from '../contract.js';
import { makeArticle, makeCacheKey, makeReason, makeSegment, makeStory, makeTranslation } from '../contract/fixtures.js';
import { openStore } from '../index.js';
import type { Migration } from '../migrations/migration.js';
import { MIGRATIONS, runMigrations } from '../migrations/run-migrations.js';
import { selectCandidates } from '../queries/candidates.js';
import { SPAN_UNKNOWN_FIRST, SPAN_UNKNOWN_LAST, candidateWindow } from '../migrations/0010-candidate-window.js';
import { contentVersionQuery } from '../queries/reader.js';
import { openSqliteStore } from './sqlite-store.js';
import type { SqliteStore } from './sqlite-store.js';

const execFileAsync = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'babelwire-store-'));
let files = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeStoreContract('sqlite :memory:', () => openStore({ database: ':memory:' }));
const contractFile = () => join(folder, `contract-${files}`, 'store.db');
describeStoreContract(
  'sqlite file',
  () => {
    files += 1;
    return openStore({ database: contractFile() });
  },
  { reopen: () => openStore({ database: contractFile() }) },
);

describe('SQLite store', () => {
  const fileStore = async (name: string) => {
    const path = join(folder, name, 'nested', 'store.db');
    return { path, store: (await openStore({ database: path })) as SqliteStore };
  };

  it('keeps everything across close and reopen of a file', async () => {
    const { path, store } = await fileStore('persist');
    const article = makeArticle({ title: 'Persisted in Genève' });
    await store.insertArticle(article);
    const { story, profile } = makeStory('s1', { keys: { 'e:place:geneva': 2 } });
    await store.saveStory(story, profile);
    const reason = makeReason({ founder: true });
    await store.assignArticle(article.id, 's1', reason);
    await store.enqueueJob('cluster', article.id);
    await store.close();
    await store.close();

    const reopened = await openStore({ database: path });
    try {
      expect(await reopened.getArticle(article.id)).toEqual({ ...article, storyId: 's1' });
      expect(await reopened.getStoryProfile('s1')).toEqual(profile);
      expect(await reopened.listStoryMembers('s1')).toEqual([{ articleId: article.id, reason }]);
      expect((await reopened.search('geneve', {})).map((h) => h.articleId)).toEqual([article.id]);
      expect((await reopened.claimJobs('cluster', 5)).map((j) => j.key)).toEqual([article.id]);
    } finally {
      await reopened.close();
    }
  });

  it('opens files with WAL, foreign keys and a busy timeout', async () => {
    const { store } = await fileStore('pragmas');
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(store.db)).rows[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await store.close();
    }
  });

  it('lets two processes open, migrate and write the same new file at once', async () => {
    const path = join(folder, 'race', 'store.db');
    const child = fileURLToPath(new URL('./__fixtures__/insert-one.ts', import.meta.url));
    const run = (id: string) => execFileAsync(process.execPath, ['--import', 'tsx', child, path, id], { timeout: 30_000 });
    const outputs = await Promise.all([run('from-a'), run('from-b')]);
    expect(outputs.map((o) => o.stdout.trim())).toEqual(['created', 'created']);
    const store = await openStore({ database: path });
    try {
      expect((await store.listArticles({})).map((a) => a.id).sort()).toEqual(['from-a', 'from-b']);
    } finally {
      await store.close();
    }
  });

  it('records applied migrations and applies none the second time', async () => {
    const store = openSqliteStore(':memory:');
    try {
      expect(await runMigrations(store.db, 'sqlite')).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await runMigrations(store.db, 'sqlite')).toEqual([]);
      const rows = await store.db.selectFrom('schema_migrations').select('id').orderBy('id').execute();
      expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await store.close();
    }
  });

  it('rolls back a migration that fails and applies it on the next run', async () => {
    const store = openSqliteStore(':memory:');
    let fail = true;
    const flaky: Migration = {
      id: '9999-flaky',
      async up(db) {
        await db.schema.createTable('flaky').addColumn('id', 'integer').execute();
        if (fail) throw new Error('disk on fire');
      },
    };
    try {
      await expect(runMigrations(store.db, 'sqlite', [...MIGRATIONS, flaky])).rejects.toThrow('disk on fire');
      const tables = async () =>
        (await sql<{ name: string }>`select name from sqlite_master where name = 'flaky'`.execute(store.db)).rows;
      expect(await tables()).toEqual([]);
      fail = false;
      expect(await runMigrations(store.db, 'sqlite', [...MIGRATIONS, flaky])).toEqual(['9999-flaky']);
      expect(await tables()).toEqual([{ name: 'flaky' }]);
    } finally {
      await store.close();
    }
  });

  it('leaves the previous story untouched when saving it fails halfway', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      const before = makeStory('s1', { keys: { 'e:old': 1 } });
      await store.saveStory(before.story, before.profile);
      await sql`create trigger boom before insert on story_keys when new.key = 'e:boom'
        begin select raise(abort, 'boom'); end`.execute(store.db);
      const after = makeStory('s1', { keys: { 'e:new': 1, 'e:boom': 1 }, title: 'Half-saved' });
      await expect(store.saveStory(after.story, after.profile)).rejects.toThrow('boom');
      expect(await store.getStory('s1')).toEqual(before.story);
      expect(await store.getStoryProfile('s1')).toEqual(before.profile);
    } finally {
      await store.close();
    }
  });

  it('runs migration 0010 a second time as a no-op: same columns, counts and spans', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
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
      expect(before.keys.find((k) => k.story_id === 's2')).toMatchObject({ span_first: SPAN_UNKNOWN_FIRST, span_last: SPAN_UNKNOWN_LAST });
      await candidateWindow.up(store.db as never, 'sqlite');
      expect(await snapshot()).toEqual(before);
      // The triggers were not doubled: one more story counts once.
      await save(makeStory('s3', { keys: { 'e:x': 1 } }));
      expect(await store.keyFrequencies(['e:x'])).toEqual({ stories: 3, counts: { 'e:x': 3 } });
    } finally {
      await store.close();
    }
  });

  it('finds candidates through one window range of the key index per key, never scanning all stories', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      for (let i = 0; i < 50; i++) {
        const { story, profile } = makeStory(`s${i}`, { keys: { [`e:k${i % 7}`]: 1, 't:common': 0.5 } });
        await store.saveStory(story, profile);
      }
      await sql`analyze`.execute(store.db);
      const query = selectCandidates(['e:k1', 'e:k2'], '2021-05-01T00:00:00.000Z', '2021-05-30T00:00:00.000Z', 10).compile(store.db);
      const plan = await store.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      const details = plan.rows.map((r) => r.detail);
      const ranges = details.filter((d) => /SEARCH story_keys USING COVERING INDEX story_keys_window \(key=\? AND span_last>\?\)/.test(d));
      expect(ranges).toHaveLength(2);
      expect(details.some((d) => /SEARCH s USING INDEX sqlite_autoindex_stories_1 \(id=\?\)/.test(d))).toBe(true);
      expect(details.filter((d) => /^SCAN (s|story_keys)\b/.test(d))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('deletes the translations of a deleted article, but not the shared segment cache', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      const [a, b] = [makeArticle(), makeArticle()];
      await store.insertArticle(a);
      await store.insertArticle(b);
      await store.saveTranslation(makeTranslation(a.id));
      await store.saveTranslation(makeTranslation(a.id, { target: 'fr' }));
      await store.saveTranslation(makeTranslation(b.id));
      await store.putCachedSegments([{ key: makeCacheKey(1), value: makeSegment('shared') }]);
      await store.db.deleteFrom('articles').where('id', '=', a.id).execute();
      const left = await store.db.selectFrom('article_translations').select(['article_id', 'target']).execute();
      expect(left).toEqual([{ article_id: b.id, target: 'en' }]);
      expect(await store.getCachedSegments([makeCacheKey(1)])).toEqual([makeSegment('shared')]);
    } finally {
      await store.close();
    }
  });

  it('reads translations and cached segments through their primary keys', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      const plan = async (query: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
        const compiled = query.compile();
        const rows = await store.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        return rows.rows.map((r) => r.detail).join('\n');
      };
      const translations = await plan(
        store.db.selectFrom('article_translations').selectAll().where('target', '=', 'en').where('article_id', 'in', ['a', 'b']),
      );
      expect(translations).toMatch(/SEARCH article_translations USING INDEX sqlite_autoindex_article_translations_1 \(article_id=\? AND target=\?\)/);
      const cache = await plan(
        store.db
          .selectFrom('translation_cache')
          .selectAll()
          .where('source_lang', '=', 'fr')
          .where('target_lang', '=', 'en')
          .where('provider', '=', 'apertium')
          .where('text_hash', 'in', ['x', 'y']),
      );
      expect(cache).toMatch(/SEARCH translation_cache USING INDEX sqlite_autoindex_translation_cache_1 \(text_hash=\? AND source_lang=\? AND target_lang=\? AND provider=\?\)/);
    } finally {
      await store.close();
    }
  });

  it('reads every part of the content version from an index, none by scanning a table', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      const query = contentVersionQuery(store.db).compile();
      const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      const details = plan.rows.map((r) => r.detail).join('\n');
      expect(details).toMatch(/SEARCH article_links USING COVERING INDEX article_links_seen/);
      expect(details).toMatch(/article_fingerprints USING COVERING INDEX article_fingerprints_near_copy/);
      // storylines is counted whole (a deleted storyline changes only the count); it holds one row per storyline, not per article.
      expect(details.split('\n').filter((d) => /^SCAN (?!storylines\b|CONSTANT ROW)/.test(d.trim()))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('keeps the search index in step when an article is deleted or rewritten', async () => {
    const store = (await openStore({ database: ':memory:' })) as SqliteStore;
    try {
      const a = makeArticle({ text: 'Original wording about glaciers.' });
      const b = makeArticle({ text: 'Another text about volcanoes.' });
      await store.insertArticle(a);
      await store.insertArticle(b);
      await store.db.updateTable('articles').set({ text: 'Rewritten about fjords.' }).where('id', '=', a.id).execute();
      await store.db.deleteFrom('articles').where('id', '=', b.id).execute();
      expect(await store.search('glaciers', {})).toEqual([]);
      expect((await store.search('fjords', {})).map((h) => h.articleId)).toEqual([a.id]);
      expect(await store.search('volcanoes', {})).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('openStore', () => {
  it('refuses an empty setting, other URLs and a bad lease', async () => {
    await expect(openStore({ database: '  ' })).rejects.toBeInstanceOf(InputError);
    await expect(openStore({ database: 'mysql://x@y/z' })).rejects.toThrow(/unsupported database URL/);
    await expect(openStore({ database: ':memory:', jobLeaseMs: 0 })).rejects.toBeInstanceOf(InputError);
  });

  it('reports a path that cannot be opened as an input error naming it', async () => {
    const blocker = join(folder, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const path = join(blocker, 'store.db');
    await expect(openStore({ database: path })).rejects.toThrow(/^store: /);
  });

  it('honours a custom job lease', async () => {
    const store = await openStore({ database: ':memory:', jobLeaseMs: 50 });
    try {
      await store.enqueueJob('cluster', 'a');
      const [job] = await store.claimJobs('cluster', 1);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect((await store.claimJobs('cluster', 1)).map((j) => j.id)).toEqual([job?.id]);
    } finally {
      await store.close();
    }
  });
});
