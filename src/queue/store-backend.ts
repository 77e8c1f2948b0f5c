// The embedded backend: the Store's jobs table (SQLite, or any Store), leases from claimJobs, backoff from the retry policy.
import { InputError } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { QueueBackend, QueuedJob, RetryPolicy } from './job-queue.js';
import { nextRetryAt, retryPolicyFor } from './retry-policy.js';

export interface StoreBackendOptions {
  policies?: Readonly<Record<string, RetryPolicy>>;
}

/** The store stays its owner's to close. */
export function createStoreBackend(store: Store, options: StoreBackendOptions = {}): QueueBackend {
  const policies = options.policies ?? {};
  return {
    name: 'store',
    async enqueue(kind, key, payload) {
      // The jobs table has no payload column: everything a job needs must follow from its key.
      if (payload !== null && payload !== undefined) {
        throw new InputError('pipeline', 'the embedded job queue keeps no payload: put what the job needs in its key', `${kind}:${key}`);
      }
      await store.enqueueJob(kind, key);
    },
    async fetch(kind, limit) {
      const policy = retryPolicyFor(kind, policies);
      const jobs = await store.claimJobs(kind, limit);
      return jobs.map(
        (job): QueuedJob => ({
          id: String(job.id),
          kind: job.kind,
          key: job.key,
          payload: null,
          attempts: job.attempts,
          finalAttempt: job.attempts + 1 >= policy.maxAttempts,
        }),
      );
    },
    complete: (job) => store.completeJob(Number(job.id)),
    async fail(job, message) {
      const retryAt = nextRetryAt(job.attempts, retryPolicyFor(job.kind, policies));
      await store.failJob(Number(job.id), message, retryAt?.toISOString() ?? null);
    },
    release: (job) => store.failJob(Number(job.id), `${job.kind}: handed back, the worker stopped before finishing`, new Date().toISOString()),
    depth: () => store.countQueuedJobs(),
    close: () => Promise.resolve(),
  };
}
