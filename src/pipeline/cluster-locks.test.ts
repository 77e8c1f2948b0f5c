// Clustering under per-key advisory locks on a real PostgreSQL: two workers, one event -> one story; unrelated articles do not wait.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/support/postgres-database.js';
import { mention, weightTerms } from '../cluster/__fixtures__/cluster-harness.js';
import { defaultClusterSettings } from '../cluster/index.js';
import type { EntityMention } from '../domain/index.js';
import { createPgAdvisoryLock } from '../queue/index.js';
import type { JobQueue, WindowLock } from '../queue/index.js';
import { makeArticle } from '../store/contract/fixtures.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { clusterLockKeys, createClusterHandler } from './pipeline-jobs.js';

const postgresUrl = inject('postgresUrl');
/** Candidate reads are slowed down by this much, so that two unlocked decisions surely overlap. */
const READ_DELAY_MS = 300;

const noQueue: JobQueue = {
  backend: 'fake',
  enqueue: () => Promise.resolve(),
  work: () => Promise.resolve(),
  depth: () => Promise.resolve({}),
  stop: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

/** A lock that locks nothing: the control showing the race the locks prevent is real. */
const noLock: WindowLock = { withLock: (_keys, fn) => fn(() => Promise.resolve()), close: () => Promise.resolve() };

/** The store with slow candidate reads, counting how many run at the same moment. */
function slowCandidates(store: Store): { store: Store; most: () => number } {
  let inside = 0;
  let most = 0;
  const slowed = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'findCandidateStories') return Reflect.get(target, prop, receiver) as unknown;
      return async (...args: Parameters<Store['findCandidateStories']>) => {
        inside++;
        most = Math.max(most, inside);
        try {
          await new Promise((done) => setTimeout(done, READ_DELAY_MS));
          return await target.findCandidateStories(...args);
        } finally {
          inside--;
        }
      };
    },
  });
  return { store: slowed, most: () => most };
}

let serial = 0;
function eventArticle(entities: EntityMention[], terms: string[]) {
  serial++;
  return makeArticle({
    id: `lock-${serial}`,
    title: `Report ${serial}`,
    text: `Report number ${serial}.`,
    publishedAt: '2026-03-02T08:00:00Z',
    entities,
    terms: weightTerms(terms),
  });
}

const summit = () => eventArticle([mention('person:ada-lindqvist', { count: 3, inTitle: true }), mention('place:reykjavik', { count: 2 })], ['summit', 'ministers', 'talks']);
const flood = () => eventArticle([mention('place:mombasa', { count: 3, inTitle: true })], ['flood', 'rain', 'rescue']);
const strike = () => eventArticle([mention('organization:rail-union', { count: 3, inTitle: true }), mention('place:osaka', { count: 2 })], ['strike', 'trains', 'wages']);

describe.skipIf(!postgresUrl)(`clustering locks on PostgreSQL${postgresUrl ? '' : ` (skipped: ${inject('postgresMissing')})`}`, () => {
  let database: { url: string; drop: () => Promise<void> };
  let store: Store;
  // Two workers: each has its own lock pool (its own connections), as two processes would.
  let locks: WindowLock[];
  beforeAll(async () => {
    database = await createTestDatabase(postgresUrl);
    store = await openStore({ database: database.url });
    locks = [createPgAdvisoryLock({ connectionString: database.url }), createPgAdvisoryLock({ connectionString: database.url })];
  });
  afterAll(async () => {
    for (const lock of locks) await lock.close();
    await store.close();
    await database.drop();
  });

  /** Clusters the two articles at the same moment, one per worker; returns their story ids and the most candidate reads at once. */
  async function clusterTogether(pair: ReturnType<typeof summit>[], workerLocks: WindowLock[]): Promise<{ stories: (string | null)[]; most: number; ms: number }> {
    for (const article of pair) await store.insertArticle(article);
    const slow = slowCandidates(store);
    const handlers = workerLocks.map((lock) =>
      createClusterHandler({ store: slow.store, clusterSettings: defaultClusterSettings, pivotTerms: () => Promise.resolve(null), queue: noQueue, lock }),
    );
    const started = performance.now();
    await Promise.all(
      pair.map((article, i) => {
        const handler = handlers[i];
        if (!handler) throw new Error(`test: no worker ${i}`);
        return handler({ id: String(i), kind: 'cluster', key: article.id, payload: null, attempts: 0, finalAttempt: false });
      }),
    );
    const ms = performance.now() - started;
    const stories = await Promise.all(pair.map(async (article) => (await store.getArticle(article.id))?.storyId ?? null));
    return { stories, most: slow.most(), ms };
  }

  it('without locks, two articles of one event clustered at the same moment start two stories (the race is real)', async () => {
    const result = await clusterTogether([summit(), summit()], [noLock, noLock]);
    expect(result.most).toBe(2);
    expect(result.stories[0]).not.toBe(result.stories[1]);
  });

  it('puts two articles of one event, clustered at the same moment by two workers, in one story', async () => {
    const pair = [flood(), flood()];
    expect(clusterLockKeys({ ...pair[0]!, storyId: null, pivotTerms: null, pivotText: null }, defaultClusterSettings)).not.toEqual([]);
    const result = await clusterTogether(pair, locks);
    expect(result.most).toBe(1);
    expect(result.stories[0]).not.toBeNull();
    expect(result.stories[1]).toBe(result.stories[0]);
    expect((await store.listStoryMembers(result.stories[0] ?? '')).length).toBe(2);
  });

  it('lets two unrelated articles of the same hour cluster in parallel, without waiting for each other', async () => {
    const pair = [strike(), eventArticle([mention('place:quito', { count: 3, inTitle: true })], ['festival', 'music', 'crowds'])];
    const [a, b] = pair.map((article) => clusterLockKeys({ ...article, storyId: null, pivotTerms: null, pivotText: null }, defaultClusterSettings));
    expect(a?.filter((key) => b?.includes(key))).toEqual([]);
    const result = await clusterTogether(pair, locks);
    expect(result.most).toBe(2);
    expect(result.ms).toBeLessThan(2 * READ_DELAY_MS);
    expect(result.stories[0]).not.toBe(result.stories[1]);
  });
});
