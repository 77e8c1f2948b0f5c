// What a migration is: a stable id and an `up` step that may differ per SQL dialect.
import type { Kysely } from 'kysely';

/** The databases the store runs on; a migration branches on it only where the SQL must differ. */
export type SqlDialect = 'sqlite' | 'postgres';

export interface Migration {
  /** Sorts in apply order and never changes once released: `0001-core-tables`. */
  id: string;
  up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void>;
}
