// Reads one archived table in key order, a page at a time, the same way on every database.
import type { Kysely } from 'kysely';
import type { Database } from '../queries/tables.js';
import type { ArchiveTable } from './archive-tables.js';
import type { TableDigest } from './archive-format.js';
import { TableHasher } from './checksum.js';

const PAGE_ROWS = 1000;

/** The archive code works on any table by name, so it sees rows as plain records. */
export type AnyDatabase = Kysely<Record<string, Record<string, unknown>>>;

export function untyped(db: Kysely<Database>): AnyDatabase {
  return db as unknown as AnyDatabase;
}

/** Offset paging inside one transaction is stable: the key orders rows totally. */
export async function* readTable(db: Kysely<Database>, table: ArchiveTable): AsyncGenerator<Record<string, unknown>> {
  const any = untyped(db);
  for (let offset = 0; ; offset += PAGE_ROWS) {
    let select = any.selectFrom(table.name).selectAll();
    if (table.exclude) select = select.where(table.exclude.column, 'not in', table.exclude.values);
    for (const column of table.key) select = select.orderBy(column);
    const rows = await select.limit(PAGE_ROWS).offset(offset).execute();
    for (const row of rows) yield row;
    if (rows.length < PAGE_ROWS) return;
  }
}

export async function digestTable(db: Kysely<Database>, table: ArchiveTable): Promise<TableDigest> {
  const hasher = new TableHasher();
  for await (const row of readTable(db, table)) hasher.add(row);
  return hasher.digest();
}
