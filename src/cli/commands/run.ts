// `babelwire run`: fetches due sources continuously (or once with --once) and feeds the pipeline.
import type { Command } from 'commander';
import { createFetcher } from '../../fetch/index.js';
import type { RoundSummary } from '../../pipeline/index.js';
import { fetchSettingsFrom, openServices, runDueSources, runSourcesContinuously } from '../../pipeline/index.js';
import type { SourceFetchReport } from '../../pipeline/index.js';
import { configFor, print, printJson } from '../context.js';
import { exitCodes } from '../exit-codes.js';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('fetch the due sources continuously and ingest their new articles (Ctrl-C stops)')
    .option('--once', 'fetch every due source once, then exit (for cron and tests)')
    .option('--no-cluster', 'store articles only; cluster later with `babelwire cluster`')
    .option('--json', 'with --once: print the round as JSON')
    .action(async (flags: { once?: boolean; cluster: boolean; json?: boolean }, command: Command) => {
      const config = configFor(command);
      const services = await openServices(config);
      const fetcher = createFetcher(fetchSettingsFrom(config));
      const options = { fetcher, cluster: flags.cluster ? services.clusterSettings : null, onReport: flags.json ? undefined : printReport };
      try {
        if (flags.once) {
          const round = await runDueSources(services, options);
          if (flags.json) printJson(round);
          else printRound(round);
          process.exitCode = round.failed > 0 ? exitCodes.partial : exitCodes.ok;
          return;
        }
        const controller = new AbortController();
        const stop = (): void => controller.abort();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        print(`Fetching sources into ${config.database} (Ctrl-C to stop)`);
        await runSourcesContinuously(services, { ...options, signal: controller.signal, onRound: (r) => r.sources > 0 && printRound(r), onError: print });
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        print('Stopped.');
      } finally {
        await services.close();
      }
    });
}

function printReport(r: SourceFetchReport): void {
  const what = r.ok ? (r.notModified ? 'not modified' : `${r.newItems} new items, ${r.ingested} stored, ${r.duplicates} already stored`) : `FAILED: ${r.error}`;
  print(`${r.sourceId}  ${r.url}: ${what}`);
  for (const e of r.itemErrors) print(`    ${e}`);
}

function printRound(r: RoundSummary): void {
  print(`Fetched ${r.sources} sources: ${r.ingested} articles stored, ${r.clustered} clustered, ${r.failed} sources failed (see babelwire sources list).`);
}
