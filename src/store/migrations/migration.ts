// What a migration is: a stable id and an `up` step that may differ per SQL dialect.
import type { Kysely } from 'kysely';

/** PostgreSQL joins this union with its store; each migration then says what it does there. */
export type SqlDialect = 'sqlite';

export interface Migration {
  /** Sorts in apply order and never changes once released: `0001-core-tables`. */
  id: string;
  up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void>;
}
