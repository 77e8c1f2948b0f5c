// `babelwire extract <file-or-url...> [--json]`: prints what extraction makes of pages and files, without storing
// anything: for users checking a site, and for benchmarks.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { ExtractedArticle, RawDocument } from '../../domain/index.js';
import { InputError } from '../../domain/index.js';
import { extractArticle } from '../../extract/index.js';
import { createFetcher, type Fetcher } from '../../fetch/index.js';
import { fetchSettingsFrom } from '../../pipeline/index.js';
import { readFileDocuments } from '../../sources/index.js';
import { configFor, print } from '../context.js';
import { exitCodes, reportError } from '../exit-codes.js';

interface ExtractFlags {
  json?: boolean;
}

const isUrl = (input: string): boolean => /^https?:\/\//iu.test(input);

/**
 * Through the same fetcher as the sources: size cap, charset, redirects re-checked, and the guard
 * against private addresses (BABELWIRE_FETCH_ALLOW_PRIVATE lifts it), since a URL typed here could
 * otherwise reach internal services. robots.txt is not consulted: a person asked for this one page.
 */
async function fetchDocument(url: string, fetcher: Fetcher): Promise<RawDocument> {
  const page = await fetcher.fetch({ url, respectRobots: false });
  const format = /html|xml/iu.test(page.contentType) || /^\s*</u.test(page.text) ? 'html' : 'text';
  return { ref: url, format, body: page.text, hints: { url: page.url } };
}

async function readInput(input: string, maxBytes: number, fetcher: Fetcher): Promise<RawDocument[]> {
  if (isUrl(input)) return [await fetchDocument(input, fetcher)];
  if (!existsSync(input)) throw new InputError('cli', 'no such file (give a file path or an http(s) URL)', input);
  const { documents, problems } = await readFileDocuments(input, { maxFileBytes: maxBytes });
  for (const problem of problems) reportError(problem);
  return documents;
}

function printArticle(article: ExtractedArticle): void {
  print(article.title);
  const facts: [string, string | null][] = [
    ['url', article.url],
    ['source', article.sourceName],
    ['author', article.author],
    ['published', article.publishedAt ? `${article.publishedAt} (from ${article.publishedAtOrigin})` : null],
    ['section', article.section],
    ['image', article.imageUrl],
    ['language hint', article.languageHint],
    ['credits', article.credits.join(', ') || null],
  ];
  for (const [name, value] of facts) if (value) print(`${name}: ${value}`);
  print(`removed blocks: ${article.removedBlocks}`);
  print();
  if (article.lead) {
    print(article.lead);
    print();
  }
  print(article.text);
  print();
  print('-'.repeat(40));
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the clean text and metadata extracted from pages or files (nothing is stored)')
    .argument('<file-or-url...>', 'HTML, text, JSON or JSONL files, or http(s) URLs')
    .option('--json', 'print one JSON object per article, one per line')
    .action(async (inputs: string[], flags: ExtractFlags, command: Command) => {
      const config = configFor(command);
      const maxBytes = config.ingest.maxFileBytes;
      const fetcher = createFetcher(fetchSettingsFrom(config));
      let failed = 0;
      for (const input of inputs) {
        try {
          for (const doc of await readInput(input, maxBytes, fetcher)) {
            try {
              const article = extractArticle(doc, { now: new Date() });
              if (flags.json) process.stdout.write(`${JSON.stringify(article)}\n`);
              else printArticle(article);
            } catch (error) {
              failed += 1;
              reportError(error);
            }
          }
        } catch (error) {
          // One bad input is reported and the others still go.
          failed += 1;
          reportError(error);
        }
      }
      if (failed > 0) process.exitCode = exitCodes.partial;
    });
}
