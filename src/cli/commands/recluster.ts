// `babelwire recluster [--since DATE]`: rebuilds stories from stored articles after a model or weight change, keeping story URLs that still exist.
import type { Command } from 'commander';
import { openServices, pivotTermsFrom, reclusterArticles } from '../../pipeline/index.js';
import { configFor, parseDateFlag, print, printJson } from '../context.js';
import { createProgressReporter } from '../progress.js';

export function registerRecluster(program: Command): void {
  program
    .command('recluster')
    .description('rebuild stories from the stored articles with the current clustering settings (story ids are kept where the stories still exist)')
    .option('--since <date>', 'only articles from this date on (YYYY-MM-DD or ISO time), with the whole stories they are in')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: { since?: string; json?: boolean }, command: Command) => {
      const since = parseDateFlag(flags.since);
      const services = await openServices(configFor(command));
      const progress = createProgressReporter();
      try {
        const summary = await reclusterArticles(services.store, services.clusterSettings, {
          since,
          pivot: pivotTermsFrom(services),
          onProgress: (done, total) => progress.update({ phase: 'cluster', done, total }),
        });
        progress.stop();
        if (flags.json) return printJson(summary);
        print(
          `Re-clustered ${summary.articles} articles: ${summary.storiesBefore} stories before, ${summary.storiesAfter} after; ` +
            `${summary.idsKept} story ids kept, ${summary.idsRemoved} removed (redirected); ` +
            `merge and split pass: ${summary.merged} merged, ${summary.split} split; ` +
            `${summary.storylines.linkedStories} stories in storylines (${summary.storylines.storylines} written, ${summary.storylines.removed} removed).`,
        );
      } finally {
        progress.stop();
        await services.close();
      }
    });
}
