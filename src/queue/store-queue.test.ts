// The job queue on the embedded backend (a real SQLite store): idempotence, concurrency, retries, leases, graceful stop.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createJobQueue } from './create-job-queue.js';
import type { JobQueue, QueuedJob } from './job-queue.js';
import { createStoreBackend } from './store-backend.js';

const fast = { translate: { maxAttempts: 3, retryDelaySeconds: 0.02 } };

async function waitFor(check: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('job queue on the Store jobs table', () => {
  let store: Store;
  let queue: JobQueue | null = null;
  afterEach(async () => {
    await queue?.close();
    queue = null;
    await store.close();
  });

  it('queues a (kind, key) once while it waits and runs every job once with several loops', async () => {
    store = await openStore({ database: ':memory:' });
    queue = createJobQueue(createStoreBackend(store), { pollMs: 10 });
    for (let i = 0; i < 20; i++) await queue.enqueue('cluster', `a${i % 10}`);
    expect(await queue.depth()).toEqual({ cluster: 10 });
    const seen: string[] = [];
    let running = 0;
    let maxRunning = 0;
    await queue.work(
      'cluster',
      async (job) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen.push(job.key);
        running--;
      },
      { concurrency: 3 },
    );
    await waitFor(() => seen.length === 10);
    expect([...seen].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`).sort());
    expect(maxRunning).toBe(3);
    await waitFor(async () => (await queue?.depth())?.cluster === undefined);
  });

  it('retries a failing job with backoff and tells the handler when the attempt is the last', async () => {
    store = await openStore({ database: ':memory:' });
    const attempts: Pick<QueuedJob, 'attempts' | 'finalAttempt'>[] = [];
    const failures: boolean[] = [];
    queue = createJobQueue(createStoreBackend(store, { policies: fast }), {
      pollMs: 5,
      events: { onFailed: (_job, _error, final) => failures.push(final) },
    });
    await queue.enqueue('translate', 'x>en');
    await queue.work('translate', (job) => {
      attempts.push({ attempts: job.attempts, finalAttempt: job.finalAttempt });
      return Promise.reject(new Error('translate: provider down (x)'));
    });
    await waitFor(() => failures.length === 3);
    expect(attempts).toEqual([
      { attempts: 0, finalAttempt: false },
      { attempts: 1, finalAttempt: false },
      { attempts: 2, finalAttempt: true },
    ]);
    expect(failures).toEqual([false, false, true]);
    // Failed for good: nothing is waiting, and the same work can be queued again.
    expect(await queue.depth()).toEqual({});
    await queue.enqueue('translate', 'x>en');
    expect(await store.countQueuedJobs()).toEqual({ translate: 1 });
  });

  it('hands a job back when the worker stops before it finishes', async () => {
    store = await openStore({ database: ':memory:' });
    queue = createJobQueue(createStoreBackend(store), { pollMs: 5 });
    await queue.enqueue('cluster', 'slow');
    let started = false;
    await queue.work('cluster', async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 10_000));
    });
    await waitFor(() => started);
    await queue.stop({ timeoutMs: 50 });
    expect(await store.countQueuedJobs()).toEqual({ cluster: 1 });
    const [again] = await store.claimJobs('cluster', 1);
    expect(again?.lastError).toMatch(/handed back/);
  });

  it('lets running jobs finish on a graceful stop', async () => {
    store = await openStore({ database: ':memory:' });
    queue = createJobQueue(createStoreBackend(store), { pollMs: 5 });
    await queue.enqueue('cluster', 'quick');
    const done: string[] = [];
    let started = false;
    await queue.work('cluster', async (job) => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
      done.push(job.key);
    });
    await waitFor(() => started);
    await queue.stop({ timeoutMs: 5000 });
    expect(done).toEqual(['quick']);
    expect(await store.countQueuedJobs()).toEqual({});
    expect(await store.claimJobs('cluster', 1)).toEqual([]);
  });

  it('runs again the job of a worker that died (its lease ran out)', async () => {
    store = await openStore({ database: ':memory:', jobLeaseMs: 100 });
    const backend = createStoreBackend(store);
    await backend.enqueue('cluster', 'orphan', null);
    // A worker takes the job and dies without a word.
    const [lost] = await backend.fetch('cluster', 1);
    expect(lost?.key).toBe('orphan');
    queue = createJobQueue(backend, { pollMs: 20 });
    const rerun: QueuedJob[] = [];
    await queue.work('cluster', (job) => {
      rerun.push(job);
      return Promise.resolve();
    });
    await waitFor(() => rerun.length === 1);
    expect(rerun[0]).toMatchObject({ key: 'orphan', attempts: 1 });
  });

  it('refuses a payload it cannot keep', async () => {
    store = await openStore({ database: ':memory:' });
    queue = createJobQueue(createStoreBackend(store));
    await expect(queue.enqueue('fetch', 'feed-1', { url: 'https://example.org/feed.xml' })).rejects.toThrow(/no payload/);
  });
});
