// Opens a pg Pool for a PostgreSQL URL, waits for the server with retries, and wraps the pool in Kysely.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { InputError, UpstreamError, describeError, redactSecrets, redactUrl } from '../../domain/index.js';
import type { Database } from '../queries/tables.js';

export interface ConnectOptions {
  /** Tries before giving up when the server is down or starting; default 5. */
  attempts: number;
  /** Wait before the second try; it doubles after each failure; default 500 ms. */
  retryDelayMs: number;
  /** Connections in the pool; default 10. */
  poolSize: number;
}

export const DEFAULT_CONNECT_OPTIONS: ConnectOptions = { attempts: 5, retryDelayMs: 500, poolSize: 10 };

const INT8_OID = 20;
const CONNECT_TIMEOUT_MS = 10_000;

/** Socket errors and server states that may pass: the server is down, restarting or full. */
const RETRYABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE',
  '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006',
]);

/**
 * 64-bit integers (row numbers, counts) come back as strings by default; every one the store uses
 * stays far below 2^53, so they are read as numbers, for this pool only.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown => {
    if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export function createPostgresPool(url: string, options: ConnectOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
  });
  // An idle connection the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {});
  return pool;
}

export function createPostgresKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  const nested = (error as { errors?: unknown[] } | null)?.errors;
  return Array.isArray(nested) && nested.length > 0 ? errorCode(nested[0]) : '';
}

export function isRetryablePostgresError(error: unknown): boolean {
  const code = errorCode(error);
  return RETRYABLE_CODES.has(code) || /timeout|terminated|Connection terminated/i.test(describeError(error));
}

/** A PostgreSQL failure as one of our errors, naming what we were doing and the URL without its password. */
export function toStoreError(error: unknown, url: string, doing: string): Error {
  const code = errorCode(error);
  const reason = redactSecrets(describeError(error) || code || 'unknown error', url);
  const where = redactUrl(url);
  if (code === '28P01' || code === '28000') {
    return new InputError('store', `PostgreSQL refused the login while ${doing}: ${reason}; check the user and password in the URL`, where, { cause: error });
  }
  if (code === '3D000') {
    return new InputError('store', `PostgreSQL has no such database (${doing}): ${reason}; create it first (createdb)`, where, { cause: error });
  }
  const retryable = isRetryablePostgresError(error);
  return new UpstreamError('store', `PostgreSQL failed while ${doing}: ${reason}`, where, retryable, { cause: error });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server answers: a server that is down or still starting is tried again with
 * doubling delays; anything else (bad password, no such database) fails at once.
 */
export async function waitForPostgres(
  pool: pg.Pool,
  url: string,
  options: ConnectOptions,
  onRetry: (message: string) => void = () => {},
): Promise<void> {
  let delay = options.retryDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await pool.query('select 1');
      return;
    } catch (error) {
      if (!isRetryablePostgresError(error) || attempt >= options.attempts) {
        const doing = attempt > 1 ? `connecting (gave up after ${attempt} attempts)` : 'connecting';
        throw toStoreError(error, url, doing);
      }
      onRetry(`store: PostgreSQL not reachable at ${redactUrl(url)} (${redactSecrets(describeError(error), url)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${options.attempts})`);
      await sleep(delay);
      delay *= 2;
    }
  }
}
