// Writes a whole archive (every table in ARCHIVE_TABLES) from one consistent snapshot of the store.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { InputError, InternalError, describeError } from '../../domain/index.js';
import { KyselyStore } from '../kysely-store.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import type { Database } from '../queries/tables.js';
import type { Store } from '../store.js';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveHeader, type TableDigest } from './archive-format.js';
import { ARCHIVE_TABLES } from './archive-tables.js';
import { TableHasher } from './checksum.js';
import { readTable } from './read-table.js';

export interface ExportReport {
  tables: Record<string, TableDigest>;
  /** Bytes written (compressed when gzip), null for stdout. */
  bytes: number | null;
  ms: number;
}

export function kyselyOf(store: Store): KyselyStore {
  if (!(store instanceof KyselyStore)) throw new InternalError('store', 'archives need a SQL store (SQLite or PostgreSQL)');
  return store;
}

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}

async function writeArchive(db: Kysely<Database>, out: Writable): Promise<Record<string, TableDigest>> {
  const migrations = (await db.selectFrom('schema_migrations').select('id').orderBy('id').execute()).map((row) => row.id);
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    migrations,
    tables: ARCHIVE_TABLES.map((table) => table.name),
  };
  await write(out, `${JSON.stringify(header)}\n`);
  const summary: Record<string, TableDigest> = {};
  for (const table of ARCHIVE_TABLES) {
    const hasher = new TableHasher();
    for await (const row of readTable(db, table)) {
      hasher.add(row);
      await write(out, `${JSON.stringify({ t: table.name, r: row })}\n`);
    }
    summary[table.name] = hasher.digest();
  }
  await write(out, `${JSON.stringify({ summary })}\n`);
  return summary;
}

/**
 * `target` is a file path (gzip when it ends in .gz) or `-` for stdout. PostgreSQL reads in a
 * REPEATABLE READ transaction and SQLite in its (exclusive) transaction, so the archive is one
 * moment of the store even while workers write.
 */
export async function exportArchive(store: Store, target: string): Promise<ExportReport> {
  const started = performance.now();
  const kysely = kyselyOf(store);
  const toStdout = target === '-';
  const file = toStdout ? null : createWriteStream(target);
  if (file) {
    try {
      await once(file, 'open');
    } catch (error) {
      throw new InputError('store', `cannot write the archive: ${describeError(error)}`, target, { cause: error });
    }
  }
  const gzip = !toStdout && target.endsWith('.gz') ? createGzip() : null;
  if (gzip && file) gzip.pipe(file);
  const out: Writable = gzip ?? file ?? process.stdout;
  let tables: Record<string, TableDigest>;
  try {
    const transaction = kysely instanceof PostgresStore ? kysely.db.transaction().setIsolationLevel('repeatable read') : kysely.db.transaction();
    tables = await transaction.execute((trx) => writeArchive(trx, out));
  } finally {
    if (!toStdout) {
      out.end();
      await finished(file!);
    }
  }
  return { tables, bytes: file ? file.bytesWritten : null, ms: performance.now() - started };
}
