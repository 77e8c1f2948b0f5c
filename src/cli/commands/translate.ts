// `babelwire translate`: run the queued translations, or translate one article now into a reader language.
import type { Command } from 'commander';
import { InputError, NotFoundError } from '../../domain/index.js';
import { openServices, translateArticle, translatePending } from '../../pipeline/index.js';
import { configFor, print, printJson } from '../context.js';
import { exitCodes } from '../exit-codes.js';

interface TranslateFlags {
  pending?: boolean;
  to?: string;
  titleOnly?: boolean;
  json?: boolean;
}

const readerLanguages = ['en', 'fr'];

export function registerTranslate(program: Command): void {
  program
    .command('translate')
    .description('run the queued translations (--pending), or translate one article now (<article-id> --to fr)')
    .argument('[article-id]', 'the article to translate now')
    .option('--pending', 'run every queued translation (those a provider failed on are retried)')
    .option('--to <lang>', 'reader language for <article-id>: en or fr', 'en')
    .option('--title-only', 'translate the title only')
    .option('--json', 'print JSON')
    .action(async (articleId: string | undefined, flags: TranslateFlags, command: Command) => {
      if (!articleId && !flags.pending) throw new InputError('cli', 'give an article id, or --pending to run the queue');
      const target = flags.to ?? 'en';
      if (!readerLanguages.includes(target)) throw new InputError('cli', `--to must be one of ${readerLanguages.join(', ')}`, target);
      const config = configFor(command);
      const services = await openServices(config);
      try {
        if (articleId) {
          const article = await services.store.getArticle(articleId);
          if (!article) throw new NotFoundError('cli', 'no such article; list them with `babelwire stories`', articleId);
          if (article.language === target) throw new InputError('cli', `the article is already in ${target}`, articleId);
          const { translation, degraded } = await translateArticle(services.store, services.translator, article, target, !flags.titleOnly);
          if (flags.json) return printJson({ ...translation, degraded });
          const how = translation.quality === 'gloss' ? 'word-by-word gloss' : translation.quality === 'original' ? 'no translation available' : 'machine translation';
          print(`${translation.title}`);
          print(`(${article.language} -> ${target}, ${how} by ${translation.provider}${translation.path.length > 2 ? ` via ${translation.path.join(' -> ')}` : ''})`);
          if (degraded) print(`note: ${degraded}`);
          if (translation.text) {
            print();
            print(translation.text);
          }
          return;
        }
        const result = await translatePending(services.store, services.translator, services.translationPlan);
        if (flags.json) printJson(result);
        else {
          print(`Translated ${result.translated} article${result.translated === 1 ? '' : 's'}; ${result.degraded} fell back and stay queued; ${result.failed.length} failed.`);
          for (const f of result.failed) print(`  ${f.message}`);
          if (result.stoppedEarly) print('Stopped after repeated provider failures; the rest stays queued.');
        }
        process.exitCode = result.failed.length > 0 || result.stoppedEarly ? exitCodes.partial : exitCodes.ok;
      } finally {
        await services.close();
      }
    });
}
