// The Store on SQLite: the shared Kysely queries plus SQLite's migrations and FTS5 search.
import type { Page } from '../store.js';
import { runMigrations } from '../migrations/run-migrations.js';
import { DEFAULT_JOB_LEASE_MS, KyselyStore, type KyselyStoreOptions } from '../kysely-store.js';
import { createSqliteKysely, openSqliteFile } from './connection.js';
import { searchArticles } from './search.js';

export type SqliteStoreOptions = KyselyStoreOptions;

export class SqliteStore extends KyselyStore {
  applyMigrations() {
    return runMigrations(this.db, 'sqlite');
  }

  search(query: string, page: Page) {
    return searchArticles(this.db, query, page);
  }
}

/** Opens (creating folders and file as needed) without migrating; openStore migrates. */
export function openSqliteStore(path: string, options: Partial<SqliteStoreOptions> = {}): SqliteStore {
  const db = createSqliteKysely(openSqliteFile(path));
  return new SqliteStore(db, { jobLeaseMs: options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS });
}
