// The work loops over any backend: N concurrent loops per kind, handler outcomes to complete/fail, graceful stop.
import { describeError } from '../domain/index.js';
import type { JobEvents, JobHandler, JobQueue, QueueBackend, QueuedJob, WorkOptions } from './job-queue.js';

export interface JobQueueOptions {
  /** How long an idle loop waits before asking for jobs again; default 500 ms. */
  pollMs?: number;
  events?: JobEvents;
}

interface InFlight {
  job: QueuedJob;
  /** Set when stop gave the job back: whatever the handler does later must not complete or fail it. */
  released: boolean;
}

const maxBackendPauseMs = 5000;

export function createJobQueue(backend: QueueBackend, options: JobQueueOptions = {}): JobQueue {
  const pollMs = options.pollMs ?? 500;
  const events = options.events ?? {};
  const loops: Promise<void>[] = [];
  const inFlight = new Set<InFlight>();
  const wakers = new Set<() => void>();
  let stopping = false;
  let stopped: Promise<void> | null = null;

  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });

  const runOne = async (job: QueuedJob, handler: JobHandler): Promise<void> => {
    const entry: InFlight = { job, released: false };
    inFlight.add(entry);
    const started = performance.now();
    try {
      let failure: { error: unknown } | null = null;
      try {
        await handler(job);
      } catch (error) {
        failure = { error };
      }
      if (entry.released) return;
      try {
        if (failure === null) {
          await backend.complete(job);
          events.onCompleted?.(job, performance.now() - started);
        } else {
          await backend.fail(job, describeError(failure.error));
          events.onFailed?.(job, failure.error, job.finalAttempt);
        }
      } catch (error) {
        // The outcome could not be recorded: the lease runs out and the job runs again (handlers are idempotent).
        events.onBackendError?.(job.kind, error);
      }
    } finally {
      inFlight.delete(entry);
    }
  };

  const loop = async (kind: string, handler: JobHandler): Promise<void> => {
    let errors = 0;
    while (!stopping) {
      let jobs: QueuedJob[];
      try {
        jobs = await backend.fetch(kind, 1);
        errors = 0;
      } catch (error) {
        events.onBackendError?.(kind, error);
        errors++;
        await pause(Math.min(maxBackendPauseMs, pollMs * 2 ** errors));
        continue;
      }
      if (jobs.length === 0) {
        await pause(pollMs);
        continue;
      }
      for (const job of jobs) await runOne(job, handler);
    }
  };

  const stop = async ({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      for (const wake of [...wakers]) wake();
      const all = Promise.all(loops).then(() => 'done' as const);
      const outcome = await Promise.race([all, pause(timeoutMs).then(() => 'timeout' as const)]);
      // Ends the pending timeout too, which would otherwise keep the process alive until it fires.
      for (const wake of [...wakers]) wake();
      if (outcome === 'timeout') {
        for (const entry of [...inFlight]) {
          entry.released = true;
          try {
            await backend.release(entry.job);
          } catch (error) {
            events.onBackendError?.(entry.job.kind, error);
          }
        }
      }
    })();
    await stopped;
  };

  return {
    backend: backend.name,
    enqueue: (kind, key, payload) => backend.enqueue(kind, key, payload ?? null),
    work(kind: string, handler: JobHandler, work: WorkOptions = {}) {
      if (stopping) return Promise.reject(new Error(`queue: stopped, cannot start workers (${kind})`));
      const concurrency = Math.max(1, Math.floor(work.concurrency ?? 1));
      for (let i = 0; i < concurrency; i++) loops.push(loop(kind, handler));
      return Promise.resolve();
    },
    depth: () => backend.depth(),
    stop,
    async close() {
      await stop();
      await backend.close();
    },
  };
}
