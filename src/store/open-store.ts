// The store factory: the one place that picks an implementation from the database setting.
import { InputError, redactUrl } from '../domain/index.js';
import type { KyselyStore } from './kysely-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** A SQLite file path (parent folders are created), `:memory:`, or a `postgres://` / `postgresql://` URL. */
  database: string;
  /** How long a claimed job may run before another worker may claim it again; default 10 minutes. */
  jobLeaseMs?: number;
  /** PostgreSQL: tries before giving up when the server is down at start (default 5), first wait (default 500 ms, doubling). */
  connectAttempts?: number;
  connectRetryDelayMs?: number;
  /** PostgreSQL: told about each failed connection attempt before the next one; default: a line on stderr. */
  onRetry?: (message: string) => void;
}

export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//i.test(database.trim());
}

/** Opens without migrating; every message names a URL without its password. */
async function openUnmigrated(options: OpenStoreOptions): Promise<KyselyStore> {
  const database = options.database.trim();
  if (database === '') {
    throw new InputError('store', 'no database given: pass a SQLite file path, :memory: or a postgres:// URL', 'database');
  }
  if (options.jobLeaseMs !== undefined && !(options.jobLeaseMs > 0)) {
    throw new InputError('store', `jobLeaseMs must be a positive number of milliseconds, got ${options.jobLeaseMs}`, 'jobLeaseMs');
  }
  const lease = options.jobLeaseMs === undefined ? {} : { jobLeaseMs: options.jobLeaseMs };
  if (isPostgresUrl(database)) {
    try {
      new URL(database);
    } catch {
      throw new InputError('store', 'not a valid PostgreSQL URL: use postgres://user:password@host:5432/database', redactUrl(database));
    }
    return openPostgresStore(database, {
      ...lease,
      ...(options.connectAttempts === undefined ? {} : { attempts: options.connectAttempts }),
      ...(options.connectRetryDelayMs === undefined ? {} : { retryDelayMs: options.connectRetryDelayMs }),
      // By default the wait is told on stderr: a command that seems to hang should say why.
      onRetry: options.onRetry ?? ((message) => process.stderr.write(`babelwire: ${message}\n`)),
    });
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(database)) {
    throw new InputError('store', 'unsupported database URL: use a SQLite file path, :memory: or a postgres:// URL', redactUrl(database));
  }
  return openSqliteStore(database, lease);
}

/** Opens the store the setting names and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = await openUnmigrated(options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** `babelwire migrate`: opens the database, applies what is pending and returns the ids applied. */
export async function migrateDatabase(options: OpenStoreOptions): Promise<string[]> {
  const store = await openUnmigrated(options);
  try {
    return await store.applyMigrations();
  } finally {
    await store.close();
  }
}
