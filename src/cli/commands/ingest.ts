// `babelwire ingest <path...>`: files and folders in, stories out, with a summary and a meaningful exit code.
import type { Command } from 'commander';
import { redactUrl } from '../../domain/index.js';
import type { Services } from '../../pipeline/index.js';
import { ingestPaths, openServices } from '../../pipeline/index.js';
import type { IngestSummary } from '../../pipeline/index.js';
import { configFor, print, printJson } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { createProgressReporter } from '../progress.js';

interface IngestFlags {
  cluster: boolean;
  translate: boolean;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest article files (.txt, .html, .json, .jsonl) and folders of them, then cluster into stories')
    .argument('<paths...>', 'files or folders (walked recursively)')
    .option('--no-cluster', 'store articles only; cluster later with `babelwire cluster`')
    .option('--no-translate', 'leave translations queued; run them later with `babelwire translate --pending`')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const config = configFor(command);
      const services = await openServices(config);
      try {
        const summary = await runIngest(paths, services, config.ingest.maxFileBytes, flags.cluster, flags.translate);
        if (flags.json) printJson(summary);
        else printSummary(summary, config.database);
        process.exitCode = summary.failed.length > 0 ? exitCodes.partial : exitCodes.ok;
      } finally {
        await services.close();
      }
    });
}

export async function runIngest(
  paths: string[],
  services: Services,
  maxFileBytes: number,
  cluster: boolean,
  translate = true,
): Promise<IngestSummary> {
  const progress = createProgressReporter();
  try {
    return await ingestPaths(paths, services, {
      maxFileBytes,
      cluster: cluster ? services.clusterSettings : null,
      translate,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
  }
}

export function printSummary(s: IngestSummary, database: string): void {
  print(
    `Ingested ${s.ingested} new article${s.ingested === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'} into ${redactUrl(database)}` +
      ` (${s.duplicates} already stored, ${s.failed.length} failed${s.skipped.length ? `, ${s.skipped.length} other files skipped` : ''}).`,
  );
  if (s.clustered > 0) print(`Clustered ${s.clustered} article${s.clustered === 1 ? '' : 's'}: ${s.newStories} new stor${s.newStories === 1 ? 'y' : 'ies'}.`);
  if (s.translated > 0) print(`Translated ${s.translated} article${s.translated === 1 ? '' : 's'} into the reader languages.`);
  if (s.translationPending) print('Some translations are pending (a provider failed or fell back); run `babelwire translate --pending` later.');
  if (s.notices.length > 0) {
    print('Notes:');
    for (const n of s.notices) print(`  ${n.message}`);
  }
  if (s.failed.length > 0) {
    print('Failed:');
    for (const f of s.failed) print(`  ${f.message}`);
  }
  const stages = Object.entries(s.stageMs)
    .map(([stage, ms]) => `${stage} ${formatMs(ms)}`)
    .join(', ');
  print(`Time: ${formatMs(s.elapsedMs)} (${stages}).`);
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
