// `babelwire revise-stories [--since DATE]`: the merge and split pass over recent stories (clustering runs it on the stories it touched).
import type { Command } from 'commander';
import { openServices, pivotTermsFrom, reviseRecentStories } from '../../pipeline/index.js';
import { configFor, parseDateFlag, print, printJson } from '../context.js';

const DAY_MS = 86_400_000;

export function registerReviseStories(program: Command): void {
  program
    .command('revise-stories')
    .description('merge stories that turn out to be one and split off articles that drifted from their story (absorbed story URLs redirect)')
    .option('--since <date>', 'stories last published from this date on (YYYY-MM-DD or ISO time); default: 7 days before the newest article')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { since?: string; json?: boolean }, command: Command) => {
      const since = parseDateFlag(flags.since);
      const services = await openServices(configFor(command));
      try {
        const newest = await services.store.latestPublication();
        const from = since ?? new Date((newest ? Date.parse(newest) : Date.now()) - 7 * DAY_MS).toISOString();
        const summary = await reviseRecentStories(services.store, services.clusterSettings, from, pivotTermsFrom(services));
        if (flags.json) return printJson(summary);
        print(
          `Revised ${summary.stories} stories since ${from.slice(0, 10)}: ${summary.merged} merged into others, ` +
            `${summary.split} split (${summary.formed} new stories).`,
        );
        for (const r of summary.redirects) print(`  ${r.from} -> ${r.to}`);
      } finally {
        await services.close();
      }
    });
}
