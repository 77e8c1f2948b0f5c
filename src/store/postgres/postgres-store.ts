// The Store on PostgreSQL: the shared Kysely queries over a pg Pool, plus PostgreSQL's migrations and tsvector search.
import { sql } from 'kysely';
import type pg from 'pg';
import { BabelwireError } from '../../domain/index.js';
import type { Page } from '../store.js';
import { runMigrations } from '../migrations/run-migrations.js';
import { DEFAULT_JOB_LEASE_MS, KyselyStore, type KyselyStoreOptions } from '../kysely-store.js';
import {
  createPostgresKysely,
  createPostgresPool,
  DEFAULT_CONNECT_OPTIONS,
  toStoreError,
  waitForPostgres,
  type ConnectOptions,
} from './connection.js';
import { loadSearchConfigs, searchArticles } from './search.js';

export interface PostgresStoreOptions extends KyselyStoreOptions, ConnectOptions {
  /** Told about each failed connection attempt before the next one (the CLI prints it). */
  onRetry?: (message: string) => void;
}

/** Any 64-bit number held by every Babelwire process: only one of them migrates at a time. */
const MIGRATION_LOCK = 0x6261_6265_6c77;

export class PostgresStore extends KyselyStore {
  readonly url: string;
  protected override readonly skipLockedRows = true;
  #configs: Promise<string[]> | null = null;

  constructor(pool: pg.Pool, url: string, options: KyselyStoreOptions) {
    super(createPostgresKysely(pool), options);
    this.url = url;
  }

  /**
   * Migrations run under a session advisory lock on one connection: a second process starting at
   * the same moment waits, then finds every migration recorded and applies none (CREATE TABLE IF
   * NOT EXISTS alone races in PostgreSQL's catalogue). Returns the ids applied.
   */
  async applyMigrations(): Promise<string[]> {
    try {
      return await this.db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
        try {
          return await runMigrations(conn, 'postgres');
        } finally {
          await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
        }
      });
    } catch (error) {
      if (error instanceof BabelwireError) throw error;
      throw toStoreError(error, this.url, 'migrating the schema');
    } finally {
      this.#configs = null;
    }
  }

  search(query: string, page: Page) {
    this.#configs ??= loadSearchConfigs(this.db).catch((error: unknown) => {
      this.#configs = null;
      throw error;
    });
    return this.#configs.then((configs) => searchArticles(this.db, configs, query, page));
  }
}

/** Opens a pool and waits (with retries) until the server answers; does not migrate, openStore does. */
export async function openPostgresStore(url: string, options: Partial<PostgresStoreOptions> = {}): Promise<PostgresStore> {
  const connect: ConnectOptions = {
    attempts: options.attempts ?? DEFAULT_CONNECT_OPTIONS.attempts,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_CONNECT_OPTIONS.retryDelayMs,
    poolSize: options.poolSize ?? DEFAULT_CONNECT_OPTIONS.poolSize,
  };
  const pool = createPostgresPool(url, connect);
  try {
    await waitForPostgres(pool, url, connect, options.onRetry);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool, url, { jobLeaseMs: options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS });
}
