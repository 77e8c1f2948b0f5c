// The job queue on pg-boss against the test run's real PostgreSQL server: idempotence, retries, expiry of a lost job, depth.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/support/postgres-database.js';
import { createJobQueue } from './create-job-queue.js';
import type { JobQueue, QueueBackend, QueuedJob } from './job-queue.js';
import { createPgBossBackend } from './pg-boss-backend.js';

const postgresUrl = inject('postgresUrl');

async function waitFor(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!postgresUrl)(`job queue on pg-boss${postgresUrl ? '' : ` (skipped: ${inject('postgresMissing')})`}`, () => {
  let database: { url: string; drop: () => Promise<void> };
  let backends: QueueBackend[] = [];
  let queue: JobQueue | null = null;
  const open = async (leaseSeconds = 60): Promise<QueueBackend> => {
    const backend = await createPgBossBackend({
      connectionString: database.url,
      leaseSeconds,
      maintenanceIntervalSeconds: 1,
      policies: { translate: { maxAttempts: 3, retryDelaySeconds: 1 }, cluster: { maxAttempts: 3, retryDelaySeconds: 1 } },
    });
    backends.push(backend);
    return backend;
  };
  beforeEach(async () => {
    database = await createTestDatabase(postgresUrl);
  });
  afterEach(async () => {
    await queue?.stop({ timeoutMs: 1000 });
    queue = null;
    for (const backend of backends) await backend.close();
    backends = [];
    await database.drop();
  });

  it('keeps one waiting job per (kind, key), carries the payload, and runs each job once across two workers', async () => {
    const first = await open();
    const second = await open();
    for (const key of ['a', 'b', 'c', 'a', 'b']) await first.enqueue('cluster', key, { n: key });
    await second.enqueue('cluster', 'c', null);
    expect(await first.depth()).toEqual({ cluster: 3 });
    const seen: QueuedJob[] = [];
    const record = (job: QueuedJob): Promise<void> => {
      seen.push(job);
      return Promise.resolve();
    };
    queue = createJobQueue(first, { pollMs: 50 });
    const other = createJobQueue(second, { pollMs: 50 });
    await queue.work('cluster', record, { concurrency: 2 });
    await other.work('cluster', record, { concurrency: 2 });
    await waitFor(() => seen.length >= 3);
    await other.stop({ timeoutMs: 1000 });
    expect(seen.map((j) => j.key).sort()).toEqual(['a', 'b', 'c']);
    expect(seen.find((j) => j.key === 'a')?.payload).toEqual({ n: 'a' });
    expect(await first.depth()).toEqual({ cluster: 0 });
  });

  it('retries a failing job and marks the last attempt', async () => {
    const backend = await open();
    await backend.enqueue('translate', 'x>en', null);
    const attempts: [number, boolean][] = [];
    queue = createJobQueue(backend, { pollMs: 100 });
    await queue.work('translate', (job) => {
      attempts.push([job.attempts, job.finalAttempt]);
      return Promise.reject(new Error('translate: provider down (x)'));
    });
    await waitFor(() => attempts.length === 3);
    expect(attempts).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
  });

  it('runs again a job whose worker vanished, once its lease has expired', async () => {
    const backend = await open(1);
    await backend.enqueue('cluster', 'orphan', null);
    const [lost] = await backend.fetch('cluster', 1);
    expect(lost?.key).toBe('orphan');
    // The worker that fetched it never reports back; pg-boss expires it and it comes back for another.
    const rerun: QueuedJob[] = [];
    queue = createJobQueue(backend, { pollMs: 200 });
    await queue.work('cluster', (job) => {
      rerun.push(job);
      return Promise.resolve();
    });
    await waitFor(() => rerun.length === 1);
    expect(rerun[0]).toMatchObject({ key: 'orphan', attempts: 1 });
  });
});
