// Where benchmarks find ../shared, and the refusal to run without it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file under ../shared (or $BABELWIRE_SHARED). */
export function sharedPath(...parts: string[]): string {
  const base = process.env.BABELWIRE_SHARED ?? join(repoRoot, '..', 'shared');
  return join(base, ...parts);
}

/** Exits with status 3 and a clear message when a benchmark's data set is missing. */
export function requireShared(...parts: string[]): string {
  const path = sharedPath(...parts);
  if (!existsSync(path)) {
    console.error(`bench: needs ${path} (the shared benchmark data, kept outside the repo); not found, so nothing was measured`);
    process.exit(3);
  }
  return path;
}

/** Prints rows as an aligned table. */
export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: string | number | undefined): string => (typeof v === 'number' ? formatNumber(v) : (v ?? ''));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}

export { repoRoot };
