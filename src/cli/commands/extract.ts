// `babelwire extract <file-or-url...> [--json]`: prints what extraction makes of pages and files, without storing
// anything: for users checking a site, and for benchmarks.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { ExtractedArticle, RawDocument } from '../../domain/index.js';
import { InputError, UpstreamError, describeError } from '../../domain/index.js';
import { extractArticle } from '../../extract/index.js';
import { decodeText, readFileDocuments } from '../../sources/index.js';
import { configFor, print } from '../context.js';
import { exitCodes, reportError } from '../exit-codes.js';

interface ExtractFlags {
  json?: boolean;
}

/** A page that takes longer than this is not worth waiting for from the command line. */
const FETCH_TIMEOUT_MS = 20_000;

const isUrl = (input: string): boolean => /^https?:\/\//iu.test(input);

/** A plain GET, for checking one page by hand; scheduled fetching goes through the sources' fetcher. */
async function fetchDocument(url: string, maxBytes: number): Promise<RawDocument> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'babelwire-extract' } });
  } catch (error) {
    throw new UpstreamError('fetch', describeError(error), url, true, { cause: error });
  }
  if (!response.ok) throw new UpstreamError('fetch', `HTTP ${response.status}`, url, response.status >= 500);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new InputError('fetch', `page is ${bytes.length} bytes, over the ${maxBytes} cap`, url);
  const type = response.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([\w-]+)/iu.exec(type)?.[1] ?? null;
  const { text } = decodeText(bytes, url, charset);
  const format = /html|xml/iu.test(type) || /^\s*</u.test(text) ? 'html' : 'text';
  return { ref: url, format, body: text, hints: { url: response.url || url } };
}

async function readInput(input: string, maxBytes: number): Promise<RawDocument[]> {
  if (isUrl(input)) return [await fetchDocument(input, maxBytes)];
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
      const maxBytes = configFor(command).ingest.maxFileBytes;
      let failed = 0;
      for (const input of inputs) {
        try {
          for (const doc of await readInput(input, maxBytes)) {
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
