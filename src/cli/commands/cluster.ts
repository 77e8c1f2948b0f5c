// `babelwire cluster`: runs the queued clustering jobs (after `ingest --no-cluster`, or a crash).
import type { Command } from 'commander';
import { clusterPending, clusterSettingsFrom } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import { configFor, print } from '../context.js';
import { exitCodes } from '../exit-codes.js';

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('cluster the articles waiting in the queue into stories')
    .action(async (_flags: unknown, command: Command) => {
      const config = configFor(command);
      const store = await openStore({ database: config.database });
      try {
        const result = await clusterPending(store, clusterSettingsFrom(config));
        print(`Clustered ${result.clustered} articles: ${result.newStories} new stories, ${result.failed.length} failed.`);
        for (const f of result.failed) print(`  ${f.message}`);
        process.exitCode = result.failed.length > 0 ? exitCodes.partial : exitCodes.ok;
      } finally {
        await store.close();
      }
    });
}
