// Opens a SQLite file (or :memory:) with the pragmas the store relies on, and wraps it in Kysely.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { InputError, describeError } from '../../domain/index.js';
import type { Database } from '../queries/tables.js';

/** How long a writer waits for another process's write lock before SQLite reports "database is locked". */
const BUSY_TIMEOUT_MS = 5000;
const STATEMENT_CACHE_SIZE = 200;

/**
 * One connection per store. better-sqlite3 is synchronous, so a second store on the same file in
 * the same process would wait for the lock with the event loop blocked, while the first could not
 * finish its transaction: open one store per process (separate processes share a file fine).
 */
export function openSqliteFile(path: string): BetterSqlite3.Database {
  let raw: BetterSqlite3.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // The timeout (busy_timeout) is set by the constructor, before the WAL switch, which needs the lock too.
    raw = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
    // WAL lets the web server read while ingestion writes; NORMAL sync is durable enough under WAL.
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    return raw;
  } catch (error) {
    raw?.close();
    throw new InputError('store', `cannot open the SQLite database: ${describeError(error)}`, path, { cause: error });
  }
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements are reusable, so keep the recent
 * ones. Transactions start with BEGIN IMMEDIATE: every store transaction writes, and taking the
 * write lock up front lets busy_timeout wait for another process instead of failing with
 * SQLITE_BUSY when a deferred transaction tries to upgrade from a stale WAL snapshot.
 */
function cacheStatements(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => raw.close(),
    prepare(source: string): SqliteStatement {
      const text = source === 'begin' ? 'begin immediate' : source;
      let statement = cache.get(text);
      if (statement) {
        cache.delete(text);
      } else {
        statement = raw.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

export function createSqliteKysely(raw: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cacheStatements(raw) }) });
}
