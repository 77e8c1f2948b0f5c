// Column types that mean the same on every database: what 'text' and 'real' must become on PostgreSQL.
import { sql } from 'kysely';
import type { ColumnDataType, Expression } from 'kysely';

/** What Kysely's addColumn takes as a type (its own alias is not exported). */
export type ColumnType = ColumnDataType | Expression<unknown>;
import type { SqlDialect } from './migration.js';

/**
 * Text compared and sorted byte by byte, as SQLite does: PostgreSQL would otherwise use the
 * database's locale, which differs between servers and orders ids and keys differently.
 */
export function textType(dialect: SqlDialect): ColumnType {
  return dialect === 'postgres' ? sql`text collate "C"` : 'text';
}

/** An 8-byte float: PostgreSQL's `real` is 4 bytes and would round 0.987654321 to 0.98765433. */
export function floatType(dialect: SqlDialect): ColumnType {
  return dialect === 'postgres' ? 'double precision' : 'real';
}
