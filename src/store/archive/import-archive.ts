// Reads an archive into the store in one transaction, then checks every table against the archive's counts and checksums.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { BabelwireError, InputError, describeError } from '../../domain/index.js';
import { PostgresStore } from '../postgres/postgres-store.js';
import type { Database } from '../queries/tables.js';
import type { Store } from '../store.js';
import { parseHeader, parseLine, type TableDigest } from './archive-format.js';
import { ARCHIVE_TABLES, type ArchiveTable } from './archive-tables.js';
import { TableHasher } from './checksum.js';
import { kyselyOf } from './export-archive.js';
import { digestTable, untyped } from './read-table.js';

/** Rows per INSERT: 24 columns x 400 stays far below SQLite's 32,766 bound parameters. */
const INSERT_ROWS = 400;

export interface TableCheck {
  table: string;
  archived: TableDigest;
  stored: TableDigest;
  /** Rows this import added (rows already there with the same key are left as they are). */
  inserted: number;
  matches: boolean;
}

export interface ImportReport {
  tables: TableCheck[];
  /** False when a table differs after import: then the transaction was rolled back and nothing changed. */
  verified: boolean;
  ms: number;
}

class VerificationFailed extends Error {
  constructor(readonly tables: TableCheck[]) {
    super('store: import verification failed');
  }
}

async function openSource(source: string): Promise<Readable> {
  if (source === '-') return process.stdin;
  let magic: Buffer;
  try {
    const handle = await open(source, 'r');
    try {
      magic = Buffer.alloc(2);
      await handle.read(magic, 0, 2, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError('store', `cannot read the archive: ${describeError(error)}`, source, { cause: error });
  }
  const stream = createReadStream(source);
  return magic[0] === 0x1f && magic[1] === 0x8b ? stream.pipe(createGunzip()) : stream;
}

async function insertRows(db: Kysely<Database>, table: ArchiveTable, rows: Record<string, unknown>[], source: string): Promise<number> {
  if (rows.length === 0) return 0;
  try {
    const result = await untyped(db).insertInto(table.name).values(rows).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n);
  } catch (error) {
    throw new InputError(
      'store',
      `archive rows of ${table.name} do not fit this database (import into an empty database, or one that holds this archive already): ${describeError(error)}`,
      source,
      { cause: error },
    );
  }
}

/** Identity sequences on PostgreSQL must continue after the imported numbers. */
async function moveSequences(db: Kysely<Database>): Promise<void> {
  for (const table of ARCHIVE_TABLES) {
    if (!table.identity) continue;
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${table.identity}),
      coalesce((select max(${sql.ref(table.identity)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(db);
  }
}

async function load(db: Kysely<Database>, iterator: AsyncIterator<string>, source: string, postgres: boolean): Promise<TableCheck[]> {
  const first = await iterator.next();
  const header = parseHeader(first.done ? undefined : first.value, source);
  const known = new Map(ARCHIVE_TABLES.map((table) => [table.name as string, table]));
  const unknown = header.tables.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new InputError('store', `archive has tables this version does not know: ${unknown.join(', ')}; upgrade Babelwire`, source);
  const applied = new Set((await db.selectFrom('schema_migrations').select('id').execute()).map((row) => row.id));
  const missing = header.migrations.filter((id) => !applied.has(id));
  if (missing.length > 0) throw new InputError('store', `archive comes from a newer schema (${missing.join(', ')}); upgrade Babelwire`, source);

  const hashers = new Map<string, TableHasher>();
  const inserted = new Map<string, number>();
  let pending: Record<string, unknown>[] = [];
  let current: ArchiveTable | null = null;
  const flush = async () => {
    if (current) inserted.set(current.name, (inserted.get(current.name) ?? 0) + (await insertRows(db, current, pending, source)));
    pending = [];
  };
  let summary: Record<string, TableDigest> | null = null;
  let lineNumber = 1;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    lineNumber += 1;
    if (next.value.trim() === '') continue;
    if (summary) throw new InputError('store', `archive line ${lineNumber} comes after the summary`, source);
    const line = parseLine(next.value, lineNumber, source);
    if ('summary' in line) {
      await flush();
      summary = line.summary;
      continue;
    }
    const table = known.get(line.t);
    if (!table || !header.tables.includes(line.t)) throw new InputError('store', `archive line ${lineNumber} is for unknown table ${line.t}`, source);
    if (table !== current) {
      await flush();
      current = table;
    }
    let hasher = hashers.get(table.name);
    if (!hasher) hashers.set(table.name, (hasher = new TableHasher()));
    hasher.add(line.r);
    pending.push(line.r);
    if (pending.length >= INSERT_ROWS) await flush();
  }
  if (!summary) throw new InputError('store', 'archive is truncated: it ends before its summary', source);
  if (postgres) await moveSequences(db);

  const checks: TableCheck[] = [];
  for (const name of header.tables) {
    const table = known.get(name)!;
    const archived = summary[name];
    const read = (hashers.get(name) ?? new TableHasher()).digest();
    if (!archived || archived.count !== read.count || archived.checksum !== read.checksum) {
      throw new InputError('store', `archive is damaged: the rows of ${name} do not match its summary`, source);
    }
    const stored = await digestTable(db, table);
    checks.push({ table: name, archived, stored, inserted: inserted.get(name) ?? 0, matches: stored.checksum === archived.checksum && stored.count === archived.count });
  }
  if (checks.some((check) => !check.matches)) throw new VerificationFailed(checks);
  return checks;
}

/**
 * `source` is a file (gzip or plain) or `-` for plain JSON lines on stdin. Rows whose key is
 * already stored are skipped, so importing the same archive twice adds nothing. Everything happens
 * in one transaction: a damaged archive, or a table that differs from the archive afterwards (the
 * target held other rows), leaves the database as it was.
 */
export async function importArchive(store: Store, source: string): Promise<ImportReport> {
  const started = performance.now();
  const kysely = kyselyOf(store);
  const input = await openSource(source);
  const lines = createInterface({ input, crlfDelay: Infinity });
  // Taken at once: readline drops the lines it reads before someone iterates.
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const tables = await kysely.db.transaction().execute((trx) => load(trx, iterator, source, kysely instanceof PostgresStore));
    return { tables, verified: true, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof VerificationFailed) return { tables: error.tables, verified: false, ms: performance.now() - started };
    if (error instanceof BabelwireError) throw error;
    throw new InputError('store', `cannot import the archive: ${describeError(error)}`, source, { cause: error });
  } finally {
    lines.close();
    if (source !== '-') input.destroy();
  }
}
