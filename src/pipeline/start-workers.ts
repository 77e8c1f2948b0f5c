// Worker processes' core: opens the queue for the configured database and runs the pipeline's jobs until stopped.
import type { Config } from '../config/index.js';
import type { Logger, Metrics } from '../ops/index.js';
import type { JobHandler, JobQueue, RetryPolicy } from '../queue/index.js';
import { openWorkQueue } from '../queue/index.js';
import { pivotTermsFrom } from './ingest-paths.js';
import type { Services } from './open-services.js';
import { CLUSTER_JOB, TRANSLATE_JOB, pipelineHandlers } from './pipeline-jobs.js';

export interface StartWorkersOptions {
  /** Jobs of each kind running at once in this process. */
  concurrency: number;
  logger: Logger;
  metrics?: Metrics;
  /** Only these kinds (default: every kind this process has a handler for). */
  kinds?: readonly string[];
  /** Handlers for more kinds (fetch jobs, say), beside translate and cluster. */
  handlers?: Record<string, JobHandler>;
  pollMs?: number;
}

export interface RunningWorkers {
  queue: JobQueue;
  /** Stops taking jobs, lets running ones finish for up to `timeoutMs`, hands back the rest, closes the queue. */
  stop(timeoutMs?: number): Promise<void>;
}

export function retryPoliciesFrom(config: Config): Record<string, RetryPolicy> {
  const retryDelaySeconds = config.queue.retrySeconds;
  return {
    [TRANSLATE_JOB]: { maxAttempts: 6, retryDelaySeconds },
    [CLUSTER_JOB]: { maxAttempts: 5, retryDelaySeconds },
  };
}

/** Opens the work queue of the configured database (jobs table or pg-boss) for enqueueing only. */
export function openQueueFor(config: Config, services: Pick<Services, 'store'>, onError?: (error: Error) => void) {
  return openWorkQueue({
    database: config.database,
    store: services.store,
    leaseSeconds: config.queue.leaseSeconds,
    policies: retryPoliciesFrom(config),
    ...(onError ? { onError } : {}),
  });
}

export async function startWorkers(config: Config, services: Services, options: StartWorkersOptions): Promise<RunningWorkers> {
  const { logger, metrics } = options;
  const work = await openWorkQueue({
    database: config.database,
    store: services.store,
    leaseSeconds: config.queue.leaseSeconds,
    concurrency: options.concurrency,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(config.queue.leaseSeconds / 2))),
    policies: retryPoliciesFrom(config),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    onError: (error) => logger.error({ err: error }, `queue: ${error.message}`),
    events: {
      onCompleted(job, ms) {
        metrics?.jobsCompleted.inc({ kind: job.kind });
        metrics?.jobDuration.observe({ kind: job.kind }, ms / 1000);
        logger.debug({ kind: job.kind, key: job.key, ms: Math.round(ms) }, 'job done');
      },
      onFailed(job, error, final) {
        metrics?.failures.inc({ stage: job.kind, final: String(final) });
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ kind: job.kind, key: job.key, attempts: job.attempts + 1, final }, final ? `job failed for good: ${message}` : `job failed, will retry: ${message}`);
      },
      onBackendError(kind, error) {
        logger.error({ kind, err: error }, `queue: ${error instanceof Error ? error.message : String(error)}; retrying`);
      },
    },
  });
  const handlers: Record<string, JobHandler> = {
    ...pipelineHandlers({
      store: services.store,
      translator: services.translator,
      translationPlan: services.translationPlan,
      clusterSettings: services.clusterSettings,
      pivotTerms: pivotTermsFrom(services),
      queue: work.queue,
      lock: work.lock,
    }),
    ...options.handlers,
  };
  const kinds = options.kinds ?? Object.keys(handlers);
  for (const kind of kinds) {
    const handler = handlers[kind];
    if (handler) await work.queue.work(kind, handler, { concurrency: options.concurrency });
  }
  logger.info({ backend: work.queue.backend, kinds, concurrency: options.concurrency }, 'worker started');
  return {
    queue: work.queue,
    async stop(timeoutMs = 30_000) {
      await work.queue.stop({ timeoutMs });
      await work.close();
      logger.info('worker stopped');
    },
  };
}
