// The server backend: pg-boss 10 in its own schema of the application's PostgreSQL database.
import PgBoss from 'pg-boss';
import type { QueueBackend, QueuedJob, RetryPolicy } from './job-queue.js';
import { retryPolicyFor } from './retry-policy.js';

export interface PgBossBackendOptions {
  connectionString: string;
  /** pg-boss's tables live in this schema, apart from Babelwire's; default `pgboss`. */
  schema?: string;
  /** A job still active after this long is presumed lost with its worker and retried. */
  leaseSeconds: number;
  /** How often pg-boss looks for expired jobs; default 60 s (tests use 1 s). */
  maintenanceIntervalSeconds?: number;
  /** Connections in pg-boss's pool. */
  poolSize?: number;
  policies?: Readonly<Record<string, RetryPolicy>>;
  onError?: (error: Error) => void;
}

interface JobData {
  key: string;
  payload: unknown;
}

/** Starts pg-boss (creating or upgrading its schema); throws when the database cannot be reached. */
export async function createPgBossBackend(options: PgBossBackendOptions): Promise<QueueBackend> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema ?? 'pgboss',
    max: options.poolSize ?? 4,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  // Without a listener an "error" event (a dropped connection) would crash the process.
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  const policies = options.policies ?? {};
  const ready = new Map<string, Promise<void>>();

  /** pg-boss 10 needs a queue before jobs can be sent to it; creating one is a no-op when it exists. */
  const ensureQueue = (kind: string): Promise<void> => {
    let promise = ready.get(kind);
    if (!promise) {
      const policy = retryPolicyFor(kind, policies);
      promise = boss.createQueue(kind, {
        name: kind,
        // "short": at most one waiting job per singleton key, which makes enqueue idempotent.
        policy: 'short',
        retryLimit: policy.maxAttempts - 1,
        // pg-boss counts whole seconds.
        retryDelay: Math.max(1, Math.ceil(policy.retryDelaySeconds)),
        retryBackoff: true,
        expireInSeconds: options.leaseSeconds,
      });
      promise.catch(() => ready.delete(kind));
      ready.set(kind, promise);
    }
    return promise;
  };

  return {
    name: 'pg-boss',
    async enqueue(kind, key, payload) {
      await ensureQueue(kind);
      await boss.send(kind, { key, payload } satisfies JobData, { singletonKey: key });
    },
    async fetch(kind, limit) {
      await ensureQueue(kind);
      const jobs = await boss.fetch<JobData>(kind, { batchSize: limit, includeMetadata: true });
      return jobs.map(
        (job): QueuedJob => ({
          id: job.id,
          kind,
          key: job.data.key,
          payload: job.data.payload ?? null,
          attempts: job.retryCount,
          finalAttempt: job.retryCount >= job.retryLimit,
        }),
      );
    },
    complete: (job) => boss.complete(job.kind, job.id),
    fail: (job, message) => boss.fail(job.kind, job.id, { message }),
    // pg-boss has no "give back": a failure with retries left is the nearest (it counts one attempt).
    release: (job) => boss.fail(job.kind, job.id, { message: `${job.kind}: handed back, the worker stopped before finishing` }),
    async depth() {
      const queues = await boss.getQueues();
      const sizes = await Promise.all(queues.map(async (q) => [q.name, await boss.getQueueSize(q.name)] as const));
      return Object.fromEntries(sizes);
    },
    close: () => boss.stop({ graceful: false, wait: true, close: true }),
  };
}
