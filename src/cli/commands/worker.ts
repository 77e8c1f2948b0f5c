// `babelwire worker`: runs queued pipeline jobs (translate, cluster) until SIGINT/SIGTERM, logging JSON lines on stderr.
import type { Command } from 'commander';
import { InputError } from '../../domain/index.js';
import { createLogger, createMetrics } from '../../ops/index.js';
import type { Logger, Metrics } from '../../ops/index.js';
import type { Services } from '../../pipeline/index.js';
import { openServices, startWorkers } from '../../pipeline/index.js';
import { createOpsRoutes, startServer } from '../../serve/index.js';
import type { Config } from '../../config/index.js';
import { configFor } from '../context.js';
import { waitForStopSignal } from '../stop-signal.js';

interface WorkerFlags {
  concurrency: string;
  stopTimeout: string;
  metricsPort?: string;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run queued jobs (translations, clustering) until stopped; any number of workers can share one PostgreSQL')
    .option('--concurrency <n>', 'jobs of each kind running at once in this process', '1')
    .option('--stop-timeout <seconds>', 'on SIGINT/SIGTERM, how long running jobs may finish before they are handed back', '30')
    .option('--metrics-port <port>', 'serve /healthz, /readyz and /metrics on this port (BABELWIRE_HOST address)')
    .action(async (flags: WorkerFlags, command: Command) => {
      const config = configFor(command);
      const concurrency = parseCount(flags.concurrency, '--concurrency');
      const stopTimeoutMs = parseCount(flags.stopTimeout, '--stop-timeout') * 1000;
      const logger = createLogger({ service: 'worker', level: config.log.level });
      // Listen first: a stop asked for while the worker is still loading is a graceful stop too.
      const stopping = waitForStopSignal();
      const worker = await startWorkerProcess(config, { concurrency, logger });
      const ops = flags.metricsPort
        ? await startServer(createOpsRoutes(worker.services.store, { metrics: worker.metrics }), {
            host: config.server.host,
            port: parseCount(flags.metricsPort, '--metrics-port', 0),
          })
        : null;
      if (ops) logger.info({ url: ops.url }, 'metrics listening');
      const signal = await stopping;
      logger.info({ signal }, 'stopping: finishing running jobs');
      await ops?.close();
      await worker.stop(stopTimeoutMs);
    });
}

export interface WorkerProcess {
  services: Services;
  metrics: Metrics;
  stop(timeoutMs: number): Promise<void>;
}

/** Services, metrics and workers of one process; shared by `worker` and `serve --worker`. */
export async function startWorkerProcess(
  config: Config,
  options: { concurrency: number; logger: Logger; services?: Services },
): Promise<WorkerProcess> {
  let metrics: Metrics | null = null;
  let readDepth: (() => Promise<Record<string, number>>) | null = null;
  const services =
    options.services ??
    (await openServices(config, {
      onCacheLookup: (hits, misses) => {
        metrics?.translationCache.inc({ result: 'hit' }, hits);
        metrics?.translationCache.inc({ result: 'miss' }, misses);
      },
    }));
  try {
    const ready = createMetrics({
      readArticles: async () => (await services.store.stats()).articles,
      readQueueDepth: () => readDepth?.() ?? Promise.resolve({}),
    });
    metrics = ready;
    const workers = await startWorkers(config, services, { concurrency: options.concurrency, logger: options.logger, metrics });
    readDepth = () => workers.queue.depth();
    return {
      services,
      metrics: ready,
      async stop(timeoutMs) {
        await workers.stop(timeoutMs);
        if (!options.services) await services.close();
      },
    };
  } catch (error) {
    if (!options.services) await services.close();
    throw error;
  }
}

function parseCount(value: string, flag: string, min = 1): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new InputError('cli', `${flag} must be a whole number >= ${min}`, value);
  return n;
}
