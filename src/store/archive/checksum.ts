// Per-table digests that are equal on SQLite and PostgreSQL exactly when the rows are: canonical JSON, key order, sha256.
import { createHash, type Hash } from 'node:crypto';
import type { TableDigest } from './archive-format.js';

/** Columns sorted by name; numbers, strings and nulls as JSON writes them (both databases give the same JS values). */
export function canonicalRow(row: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const column of Object.keys(row).sort()) sorted[column] = row[column];
  return JSON.stringify(sorted);
}

export class TableHasher {
  #hash: Hash = createHash('sha256');
  #count = 0;

  add(row: Record<string, unknown>): void {
    this.#hash.update(canonicalRow(row));
    this.#hash.update('\n');
    this.#count += 1;
  }

  digest(): TableDigest {
    return { count: this.#count, checksum: this.#hash.digest('hex') };
  }
}
