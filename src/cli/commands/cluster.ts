// `babelwire cluster`: runs the queued clustering jobs (after `ingest --no-cluster`, or a crash).
import type { Command } from 'commander';
import { clusterPending, openServices, pivotTermsFrom } from '../../pipeline/index.js';
import { configFor, print } from '../context.js';
import { exitCodes } from '../exit-codes.js';

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('cluster the articles waiting in the queue into stories')
    .action(async (_flags: unknown, command: Command) => {
      const services = await openServices(configFor(command));
      try {
        const result = await clusterPending(services.store, services.clusterSettings, undefined, pivotTermsFrom(services));
        print(`Clustered ${result.clustered} articles: ${result.newStories} new stories, ${result.failed.length} failed.`);
        const { merged, split, formed } = result.revision;
        if (merged + split > 0) print(`Merge and split pass: ${merged} stories merged into others, ${split} split (${formed} new stories).`);
        for (const f of result.failed) print(`  ${f.message}`);
        process.exitCode = result.failed.length > 0 ? exitCodes.partial : exitCodes.ok;
      } finally {
        await services.close();
      }
    });
}
