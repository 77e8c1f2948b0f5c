// Several real worker processes on one database (SQLite file; PostgreSQL with pg-boss): one story per event, also after a SIGKILL.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/support/postgres-database.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { writeParallelEvents } from './__fixtures__/parallel-events.js';

const bin = resolve(import.meta.dirname, '../../bin/babelwire.js');
const postgresUrl = inject('postgresUrl');
const baseEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_') && k !== 'DATABASE_URL')),
  // No translation: these articles are all English, and the test is about clustering races.
  BABELWIRE_TRANSLATE_TO: 'none',
  BABELWIRE_JOB_LEASE_SECONDS: '2',
  BABELWIRE_JOB_RETRY_SECONDS: '0.5',
  BABELWIRE_LOG_LEVEL: 'warn',
};

/** Whether this build's store opens PostgreSQL URLs (the PostgreSQL store may not be merged yet). */
async function postgresStoreAvailable(url: string): Promise<boolean> {
  try {
    const store = await openStore({ database: url });
    await store.close();
    return true;
  } catch {
    return false;
  }
}

function startWorker(database: string, concurrency: number): ChildProcess {
  return spawn(process.execPath, [bin, 'worker', '--concurrency', String(concurrency), '--db', database], {
    env: baseEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function stopWorker(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

async function waitUntilClustered(store: Store, expected: number, ms = 240_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const unclustered = await store.listArticles({ unclustered: true, limit: 1000 });
    const total = (await store.stats()).articles;
    if (total === expected && unclustered.length === 0) return;
    if (Date.now() > until) throw new Error(`timed out: ${unclustered.length} of ${total} articles not clustered`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** Every event in exactly one story of its own, every story's count matching its members, no article twice. */
async function expectOneStoryPerEvent(store: Store, eventOf: Map<string, number>, events: number): Promise<void> {
  const articles = await store.listArticles({ limit: 1000 });
  expect(articles).toHaveLength(eventOf.size);
  const storiesOfEvent = new Map<number, Set<string | null>>();
  for (const article of articles) {
    const event = eventOf.get(article.url ?? '');
    expect(event).toBeDefined();
    const set = storiesOfEvent.get(event ?? -1) ?? new Set();
    set.add(article.storyId);
    storiesOfEvent.set(event ?? -1, set);
  }
  for (const set of storiesOfEvent.values()) expect(set.size).toBe(1);
  const stories = await store.listStories({ limit: 1000 });
  expect(stories).toHaveLength(events);
  for (const story of stories) {
    expect((await store.listStoryMembers(story.id)).length).toBe(story.articleCount);
  }
}

function ingestQueued(path: string, database: string): void {
  const ingest = spawnSync(process.execPath, [bin, 'ingest', path, '--no-cluster', '--db', database], { env: baseEnv, encoding: 'utf8' });
  expect(ingest.stderr).toBe('');
  expect(ingest.status).toBe(0);
}

interface Variant {
  name: string;
  available: () => Promise<string>;
  open: () => Promise<{ database: string; drop: () => Promise<void> }>;
}

const dir = mkdtempSync(join(tmpdir(), 'bw-workers-'));
const fixture = writeParallelEvents(dir, 5);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const variants: Variant[] = [
  {
    name: 'SQLite file, jobs table, lock file',
    available: () => Promise.resolve(''),
    open: () => {
      const database = join(dir, `w-${Math.random().toString(36).slice(2)}.db`);
      return Promise.resolve({ database, drop: () => Promise.resolve() });
    },
  },
  {
    name: 'PostgreSQL, pg-boss, advisory locks',
    available: async () => {
      if (!postgresUrl) return `no PostgreSQL server: ${inject('postgresMissing')}`;
      return (await postgresStoreAvailable(postgresUrl)) ? '' : 'this build has no PostgreSQL store';
    },
    open: async () => {
      const { url, drop } = await createTestDatabase(postgresUrl);
      return { database: url, drop };
    },
  },
];

for (const variant of variants) {
  describe(`parallel workers: ${variant.name}`, () => {
    let skip = '';
    let db: { database: string; drop: () => Promise<void> } | null = null;
    let store: Store | null = null;
    const children: ChildProcess[] = [];
    beforeAll(async () => {
      skip = await variant.available();
    });
    afterEach(async () => {
      for (const child of children.splice(0)) await stopWorker(child);
      await store?.close();
      store = null;
      await db?.drop();
      db = null;
    });

    it('puts articles of the same event, clustered at the same moment by three workers, in one story', async (ctx) => {
      if (skip) ctx.skip(skip);
      db = await variant.open();
      ingestQueued(fixture.path, db.database);
      store = await openStore({ database: db.database });
      children.push(startWorker(db.database, 2), startWorker(db.database, 2), startWorker(db.database, 2));
      await waitUntilClustered(store, fixture.eventOf.size);
      await expectOneStoryPerEvent(store, fixture.eventOf, fixture.events);
      for (const child of children.splice(0)) expect(await stopWorker(child)).toBe(0);
    }, 300_000);

    it('re-runs the jobs of a worker killed with SIGKILL while clustering, without duplicate articles or stories', async (ctx) => {
      if (skip) ctx.skip(skip);
      db = await variant.open();
      ingestQueued(fixture.path, db.database);
      store = await openStore({ database: db.database });
      const victim = startWorker(db.database, 3);
      children.push(victim);
      const until = Date.now() + 60_000;
      while ((await store.listStories({ limit: 1 })).length === 0 && Date.now() < until) {
        await new Promise((done) => setTimeout(done, 20));
      }
      const gone = new Promise((done) => victim.once('exit', done));
      victim.kill('SIGKILL');
      await gone;
      expect((await store.listArticles({ unclustered: true, limit: 1000 })).length).toBeGreaterThan(0);
      children.push(startWorker(db.database, 2));
      await waitUntilClustered(store, fixture.eventOf.size);
      await expectOneStoryPerEvent(store, fixture.eventOf, fixture.events);
    }, 300_000);
  });
}
