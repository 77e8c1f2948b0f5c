// The job queue: interface, the two backends, the work loops, clustering locks, and the factory that picks them.
export type { JobEvents, JobHandler, JobQueue, QueueBackend, QueuedJob, RetryPolicy, WorkOptions } from './job-queue.js';
export { createJobQueue } from './create-job-queue.js';
export type { JobQueueOptions } from './create-job-queue.js';
export { createStoreBackend } from './store-backend.js';
export { createPgBossBackend } from './pg-boss-backend.js';
export { defaultRetryPolicies, nextRetryAt, retryPolicyFor } from './retry-policy.js';
export { createProcessLock } from './window-lock.js';
export type { WindowLock } from './window-lock.js';
export { createFileLock } from './file-lock.js';
export { createPgAdvisoryLock } from './pg-advisory-lock.js';
export { openWorkQueue } from './open-work-queue.js';
export type { WorkQueue, WorkQueueOptions } from './open-work-queue.js';
