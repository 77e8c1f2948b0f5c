// The queue factory: pg-boss and advisory locks on PostgreSQL, the jobs table and a lock file on SQLite; chosen once from the database setting.
import { UpstreamError, describeError, redactUrl } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { isPostgresUrl } from '../store/index.js';
import { createJobQueue } from './create-job-queue.js';
import { createFileLock } from './file-lock.js';
import type { JobEvents, JobQueue, QueueBackend, RetryPolicy } from './job-queue.js';
import { createPgAdvisoryLock } from './pg-advisory-lock.js';
import { createPgBossBackend } from './pg-boss-backend.js';
import { createStoreBackend } from './store-backend.js';
import { createProcessLock } from './window-lock.js';
import type { WindowLock } from './window-lock.js';

export interface WorkQueueOptions {
  /** The database setting: a `postgres://` URL, a SQLite file path or `:memory:`. */
  database: string;
  /** The opened store (its jobs table is the queue on SQLite). */
  store: Store;
  /** A running job not finished within this time is presumed lost and run again. */
  leaseSeconds: number;
  /** Jobs that may run at once in this process (sizes the connection pools). */
  concurrency?: number;
  pollMs?: number;
  /** pg-boss's expiry check interval (tests shorten it). */
  maintenanceIntervalSeconds?: number;
  policies?: Readonly<Record<string, RetryPolicy>>;
  events?: JobEvents;
  /** Connection attempts at start before giving up, with 1, 2, 4 ... s in between; default 5. */
  connectAttempts?: number;
  onError?: (error: Error) => void;
}

export interface WorkQueue {
  queue: JobQueue;
  /** The clustering lock that matches the queue's database. */
  lock: WindowLock;
  close(): Promise<void>;
}

export async function openWorkQueue(options: WorkQueueOptions): Promise<WorkQueue> {
  const database = options.database.trim();
  let backend: QueueBackend;
  let lock: WindowLock;
  if (isPostgresUrl(database)) {
    backend = await startWithRetries(database, options.connectAttempts ?? 5, () =>
      createPgBossBackend({
        connectionString: database,
        leaseSeconds: options.leaseSeconds,
        poolSize: Math.max(2, Math.min(10, (options.concurrency ?? 1) + 1)),
        ...(options.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
        ...(options.policies ? { policies: options.policies } : {}),
        ...(options.onError ? { onError: options.onError } : {}),
      }),
    );
    lock = createPgAdvisoryLock({
      connectionString: database,
      poolSize: Math.max(1, options.concurrency ?? 1),
      ...(options.onError ? { onError: options.onError } : {}),
    });
  } else {
    backend = createStoreBackend(options.store, options.policies ? { policies: options.policies } : {});
    lock = database === ':memory:' ? createProcessLock() : createFileLock(`${database}.cluster-lock`);
  }
  const queue = createJobQueue(backend, {
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.events ? { events: options.events } : {}),
  });
  return {
    queue,
    lock,
    async close() {
      await queue.close();
      await lock.close();
    },
  };
}

/** A PostgreSQL that is still starting (or restarting) should not kill a worker at once. */
async function startWithRetries<T>(url: string, attempts: number, start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts) {
        throw new UpstreamError(
          'pipeline',
          `cannot start the job queue after ${attempts} attempts: ${describeError(error)}`,
          redactUrl(url),
          true,
          { cause: error },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
    }
  }
}
