// Expands the paths given to `ingest` into the article files below them, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from '../domain/index.js';

export const articleFileExtensions = ['.txt', '.text', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;

export interface InputFiles {
  files: string[];
  /** Paths that could not be used, with the reason (missing path, unsupported file named directly). */
  problems: InputError[];
  /** Files inside folders that were passed over because of their extension. */
  skipped: string[];
}

/** Files named directly must have a known extension; folders are walked recursively, hidden entries skipped. */
export async function findInputFiles(paths: readonly string[]): Promise<InputFiles> {
  const result: InputFiles = { files: [], problems: [], skipped: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      result.problems.push(new InputError('sources', 'no such file or folder', path));
      continue;
    }
    if (info.isDirectory()) {
      await walk(path, result, seen);
    } else if (isArticleFile(path)) {
      add(path, result, seen);
    } else {
      result.problems.push(
        new InputError('sources', `unsupported file type; expected one of ${articleFileExtensions.join(' ')}`, path),
      );
    }
  }
  return result;
}

async function walk(dir: string, result: InputFiles, seen: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, result, seen);
    else if (entry.isFile() && isArticleFile(path)) add(path, result, seen);
    else if (entry.isFile() && !/^(readme|license|licence)(\.|$)/i.test(entry.name)) result.skipped.push(path);
  }
}

function add(path: string, result: InputFiles, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  result.files.push(path);
}

function isArticleFile(path: string): boolean {
  return (articleFileExtensions as readonly string[]).includes(extname(path).toLowerCase());
}
