// The JobQueue interface: idempotent enqueue, workers with concurrency and retries, graceful stop; and the backend it runs on.

/** A job as a handler sees it. */
export interface QueuedJob {
  /** The backend's id (a number in the jobs table, a uuid in pg-boss), as text. */
  id: string;
  kind: string;
  /** What the job is about (an article id, `<article>><lang>`): (kind, key) is unique while waiting. */
  key: string;
  payload: unknown;
  /** Earlier attempts that failed or were lost with a crashed worker (0 on the first run). */
  attempts: number;
  /** True when a failure now is final: handlers that must hand work on (e.g. clustering after translation) do it then. */
  finalAttempt: boolean;
}

export type JobHandler = (job: QueuedJob) => Promise<void>;

export interface WorkOptions {
  /** Jobs of this kind run at the same time in this process; default 1. */
  concurrency?: number;
}

/** How often a kind of job is tried and how long to wait in between (doubled after each failure). */
export interface RetryPolicy {
  maxAttempts: number;
  retryDelaySeconds: number;
}

export interface JobEvents {
  /** A job finished; `ms` from start to end of the handler. */
  onCompleted?: (job: QueuedJob, ms: number) => void;
  /** A job failed; `final` when it will not be tried again. */
  onFailed?: (job: QueuedJob, error: unknown, final: boolean) => void;
  /** The backend itself failed (connection lost): the loop waits and tries again. */
  onBackendError?: (kind: string, error: unknown) => void;
}

export interface JobQueue {
  readonly backend: string;
  /** Queues work unless the same (kind, key) is already waiting; safe to call twice. */
  enqueue(kind: string, key: string, payload?: unknown): Promise<void>;
  /** Starts taking jobs of a kind until `stop`; returns once the loops are running. */
  work(kind: string, handler: JobHandler, options?: WorkOptions): Promise<void>;
  /** Jobs waiting to run, by kind. */
  depth(): Promise<Record<string, number>>;
  /**
   * Stops taking jobs, waits up to `timeoutMs` for the running ones, and hands back to the queue
   * (to run again, elsewhere or later) any still running then.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Stops and releases the backend's connections. */
  close(): Promise<void>;
}

/** What a database-specific queue provides; the work loop and stop logic sit on top (create-job-queue.ts). */
export interface QueueBackend {
  readonly name: string;
  enqueue(kind: string, key: string, payload: unknown): Promise<void>;
  /** Takes up to `limit` due jobs of a kind, leased to this process. */
  fetch(kind: string, limit: number): Promise<QueuedJob[]>;
  complete(job: QueuedJob): Promise<void>;
  /** Records the failure: the job runs again after a backoff, or fails for good after its last attempt. */
  fail(job: QueuedJob, message: string): Promise<void>;
  /** Gives back a job this process will not finish (stopping), due again at once. */
  release(job: QueuedJob): Promise<void>;
  depth(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
