// `babelwire serve` and `babelwire demo`: the news site and JSON API, optionally after ingesting the demo corpus.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Config } from '../../config/index.js';
import type { LangCode } from '../../domain/index.js';
import { redactUrl } from '../../domain/index.js';
import { openServices, storeTranslationCache, translateArticle, translateSettingsFrom } from '../../pipeline/index.js';
import { createTranslator, withCache } from '../../translate/index.js';
import { createApp, startServer } from '../../serve/index.js';
import type { Store } from '../../store/index.js';
import { openStore } from '../../store/index.js';
import { configFor, print } from '../context.js';
import { printSummary, runIngest } from './ingest.js';
import { startFetching } from './start-fetching.js';

interface ServeFlags {
  host?: string;
  port?: string;
  lang?: string;
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
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configFor(command, { host: flags.host, port: flags.port, readerLanguage: flags.lang });
      const stopFetching = flags.fetch ? await startFetching(config) : null;
      await serveUntilStopped(await openStore({ database: config.database }), config);
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
      await serveUntilStopped(services.store, config);
    });
}

async function serveUntilStopped(store: Store, config: Config): Promise<void> {
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
  });
  const server = await startServer(app, config.server);
  print(`Babelwire is serving ${redactUrl(config.database)} on ${server.url}  (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  print('Stopping…');
  await server.close();
  await translator.close?.();
  await store.close();
}
