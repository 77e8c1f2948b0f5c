// The store factory: the one place that picks an implementation from the database setting.
import { InputError } from '../domain/index.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** A SQLite file path (parent folders are created), `:memory:`, or later a `postgres://` URL. */
  database: string;
  /** How long a claimed job may run before another worker may claim it again; default 10 minutes. */
  jobLeaseMs?: number;
}

/** Hides the password of a database URL before it appears in a message. */
function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Opens the store the setting names and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const database = options.database.trim();
  if (database === '') throw new InputError('store', 'no database given: pass a SQLite file path or :memory:', 'database');
  if (options.jobLeaseMs !== undefined && !(options.jobLeaseMs > 0)) {
    throw new InputError('store', `jobLeaseMs must be a positive number of milliseconds, got ${options.jobLeaseMs}`, 'jobLeaseMs');
  }
  if (/^postgres(ql)?:\/\//i.test(database)) {
    throw new InputError('store', 'PostgreSQL is not supported yet: use a SQLite file path or :memory:', redactUrl(database));
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(database)) {
    throw new InputError('store', 'unsupported database URL: use a SQLite file path or :memory:', redactUrl(database));
  }
  const store = openSqliteStore(database, options.jobLeaseMs === undefined ? {} : { jobLeaseMs: options.jobLeaseMs });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
