// Reads one input file into RawDocuments: text and HTML files hold one article, JSON/JSONL files one or many.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawDocument } from '../domain/index.js';
import { InputError, describeError } from '../domain/index.js';
import { decodeText } from './decode-text.js';
import { describeSchemaProblem, jsonArticleSchema, toRawDocument } from './json-articles.js';

export interface FileDocuments {
  documents: RawDocument[];
  /** Items of a JSON/JSONL file that were rejected while the others were kept. */
  problems: InputError[];
}

export interface ReadOptions {
  maxFileBytes: number;
}

/** Throws an InputError naming the file when the file as a whole cannot be used. */
export async function readFileDocuments(path: string, options: ReadOptions): Promise<FileDocuments> {
  const info = await stat(path);
  if (info.size === 0) throw new InputError('sources', 'empty file', path);
  if (info.size > options.maxFileBytes) {
    throw new InputError(
      'sources',
      `file is ${formatBytes(info.size)}, over the ${formatBytes(options.maxFileBytes)} cap (BABELWIRE_MAX_FILE_BYTES)`,
      path,
    );
  }
  const bytes = await readFile(path);
  const { text } = decodeText(bytes, path);
  if (text.trim() === '') throw new InputError('sources', 'file has no text (only white space)', path);

  const ext = extname(path).toLowerCase();
  if (ext === '.json') return readJson(text, path);
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonLines(text, path);
  const format = ext === '.html' || ext === '.htm' ? 'html' : 'text';
  return { documents: [{ ref: path, format, body: text, hints: {} }], problems: [] };
}

function readJson(text: string, path: string): FileDocuments {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError('sources', `invalid JSON: ${describeError(error)}`, path);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError('sources', 'JSON list holds no article', path);
    return collect(value.map((item, i) => [item, `${path}#${i + 1}`] as const), path);
  }
  const single = jsonArticleSchema.safeParse(value);
  if (!single.success) {
    throw new InputError('sources', `JSON article does not match the schema: ${describeSchemaProblem(single.error)}`, path);
  }
  return { documents: [toRawDocument(single.data, refFor(single.data.url, path))], problems: [] };
}

function readJsonLines(text: string, path: string): FileDocuments {
  const items: (readonly [unknown, string])[] = [];
  const problems: InputError[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      items.push([JSON.parse(line), `${path}:${i + 1}`]);
    } catch (error) {
      problems.push(new InputError('sources', `invalid JSON on line ${i + 1}: ${describeError(error)}`, `${path}:${i + 1}`));
    }
  });
  const collected = collect(items, path);
  return { documents: collected.documents, problems: [...problems, ...collected.problems] };
}

function collect(items: readonly (readonly [unknown, string])[], path: string): FileDocuments {
  const documents: RawDocument[] = [];
  const problems: InputError[] = [];
  for (const [item, ref] of items) {
    const parsed = jsonArticleSchema.safeParse(item);
    if (parsed.success) documents.push(toRawDocument(parsed.data, refFor(parsed.data.url, ref)));
    else problems.push(new InputError('sources', `article does not match the schema: ${describeSchemaProblem(parsed.error)}`, ref));
  }
  if (documents.length === 0 && problems.length === 0) throw new InputError('sources', 'no article in file', path);
  return { documents, problems };
}

/** Items with a URL are named `file#url` so that messages and provenance point at the item. */
function refFor(url: string | null | undefined, fallback: string): string {
  if (!url) return fallback;
  const file = fallback.replace(/[#:]\d+$/, '');
  return `${file}#${url}`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
