// `babelwire serve` and `babelwire demo`: the news site and JSON API, optionally after ingesting the demo corpus.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Config } from '../../config/index.js';
import type { LangCode } from '../../domain/index.js';
import { InputError, redactUrl } from '../../domain/index.js';
import { createLogger, createMetrics } from '../../ops/index.js';
import type { Logger, Metrics } from '../../ops/index.js';
import { openQueueFor, openServices, storeTranslationCache, translateArticle, translateSettingsFrom } from '../../pipeline/index.js';
import type { WorkQueue } from '../../queue/index.js';
import { createTranslator, withCache } from '../../translate/index.js';
import { createApp, startServer } from '../../serve/index.js';
import type { Store } from '../../store/index.js';
import { openStore } from '../../store/index.js';
import { configFor, print } from '../context.js';
import { waitForStopSignal } from '../stop-signal.js';
import { printSummary, runIngest } from './ingest.js';
import { startWorkerProcess } from './worker.js';
import { startFetching } from './start-fetching.js';

interface ServeFlags {
  host?: string;
  port?: string;
  lang?: string;
  worker?: boolean;
  concurrency?: string;
  fetch?: boolean;
}

const demoCorpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'demo');

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the news site and the JSON API')
    .option('--host <host>', 'address to listen on (BABELWIRE_HOST)', undefined)
    .option('--port <port>', 'port to listen on (BABELWIRE_PORT)', undefined)
    .option('--lang <code>', 'reader language, en or fr (BABELWIRE_READER_LANGUAGE)', undefined)
    .option('--fetch', 'also fetch the due sources in the background, as `babelwire run` does')
    .option('--worker', 'also run queued jobs (translations, clustering) in this process')
    .option('--concurrency <n>', 'with --worker: jobs of each kind running at once', '1')
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configFor(command, { host: flags.host, port: flags.port, readerLanguage: flags.lang });
      const logger = createLogger({ service: 'serve', level: config.log.level });
      const stopFetching = flags.fetch ? await startFetching(config) : null;
      if (flags.worker) {
        const concurrency = Number(flags.concurrency ?? '1');
        if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
          throw new InputError('cli', '--concurrency must be a whole number >= 1', String(flags.concurrency));
        }
        const worker = await startWorkerProcess(config, { concurrency, logger });
        await serveUntilStopped(worker.services.store, config, { logger, metrics: worker.metrics, onStop: () => worker.stop(30_000) });
        await stopFetching?.();
        return;
      }
      const store = await openStore({ database: config.database, jobLeaseMs: config.queue.leaseSeconds * 1000 });
      const web = await webMetrics(config, store, logger);
      await serveUntilStopped(store, config, { logger, metrics: web.metrics, onStop: web.close });
      await stopFetching?.();
    });

  program
    .command('demo')
    .description('ingest the bundled demo corpus (examples/demo) and serve the site')
    .option('--host <host>', 'address to listen on (BABELWIRE_HOST)', undefined)
    .option('--port <port>', 'port to listen on (BABELWIRE_PORT)', undefined)
    .option('--lang <code>', 'reader language, en or fr (BABELWIRE_READER_LANGUAGE)', undefined)
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configFor(command, { host: flags.host, port: flags.port, readerLanguage: flags.lang });
      const services = await openServices(config);
      const summary = await runIngest([demoCorpus], services, config.ingest.maxFileBytes, true);
      printSummary(summary, config.database);
      // A person watching the demo reads the printed address, not request logs: warnings and errors
      // only, unless BABELWIRE_LOG_LEVEL asks for more.
      const level = process.env.BABELWIRE_LOG_LEVEL ? config.log.level : 'warn';
      await serveUntilStopped(services.store, config, { logger: createLogger({ service: 'serve', level }) });
    });
}

interface ServeOptions {
  logger: Logger;
  metrics?: Metrics;
  /** Runs after the web server closed, before the store closes (stops the in-process worker). */
  onStop?: () => Promise<void>;
}

/** A web-only process shows the queue's depth too; the queue is opened for reading only, and is optional. */
async function webMetrics(config: Config, store: Store, logger: Logger): Promise<{ metrics: Metrics; close: () => Promise<void> }> {
  let work: WorkQueue | null = null;
  try {
    work = await openQueueFor(config, { store }, (error) => logger.error({ err: error }, `queue: ${error.message}`));
  } catch (error) {
    logger.warn({ err: error }, 'queue unreachable: /metrics will leave out the queue depth');
  }
  const metrics = createMetrics({
    readArticles: async () => (await store.stats()).articles,
    readQueueDepth: () => work?.queue.depth() ?? Promise.resolve({}),
  });
  return { metrics, close: async () => work?.close() };
}

async function serveUntilStopped(store: Store, config: Config, options: ServeOptions): Promise<void> {
  const { logger } = options;
  // Bodies not translated at ingestion (BABELWIRE_TRANSLATE_BODIES=lazy) are translated on first view and stored.
  const translator = withCache(createTranslator(translateSettingsFrom(config)), storeTranslationCache(store));
  const translateOnView = async (articleId: string, target: LangCode) => {
    const article = await store.getArticle(articleId);
    if (!article || article.language === target) return null;
    return (await translateArticle(store, translator, article, target, true)).translation;
  };
  const app = createApp({
    store,
    settings: { siteName: config.site.name, readerLanguage: config.site.readerLanguage, pageSize: config.site.pageSize },
    translateArticle: translateOnView,
    logError: (message) => logger.error(message),
    ops: options.metrics ? { metrics: options.metrics } : {},
  });
  const server = await startServer(app, config.server);
  print(`Babelwire is serving ${redactUrl(config.database)} on ${server.url}  (Ctrl-C to stop)`);
  logger.info({ url: server.url, worker: Boolean(options.onStop) }, 'serving');
  const signal = await waitForStopSignal();
  print('Stopping…');
  logger.info({ signal }, 'stopping');
  await server.close();
  await options.onStop?.();
  await translator.close?.();
  await store.close();
}
