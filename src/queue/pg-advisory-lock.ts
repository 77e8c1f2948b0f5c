// PostgreSQL advisory locks per candidate key, then per story: held on one connection, released by the server if the worker dies.
import pg from 'pg';
import { InternalError } from '../domain/index.js';
import type { WindowLock } from './window-lock.js';

/** Two-key advisory locks: (namespace, key); the lock on everything is (timeline, 0); stories have their own namespace. */
const KEY_NAMESPACE = 0x42570001;
const TIMELINE_NAMESPACE = 0x42570002;
const STORY_NAMESPACE = 0x42570003;

export interface PgAdvisoryLockOptions {
  connectionString: string;
  /** Connections kept for lock holders: one per concurrent clustering job. */
  poolSize?: number;
  onError?: (error: Error) => void;
}

/** PostgreSQL's two-key advisory locks take int4 keys. */
function checkKey(key: number): number {
  if (!Number.isSafeInteger(key) || key < -2_147_483_648 || key > 2_147_483_647) {
    throw new InternalError('cluster', `clustering lock: key ${key} is not a 32-bit whole number`, String(key));
  }
  return key;
}

/** The lock calls as one multi-statement text (keys are checked integers, so they are written inline). */
export function lockStatements(keys: readonly number[] | null): string {
  if (keys === null) return `select pg_advisory_lock(${TIMELINE_NAMESPACE}, 0)`;
  const sorted = [...new Set(keys.map(checkKey))].sort((a, b) => a - b);
  return [`select pg_advisory_lock_shared(${TIMELINE_NAMESPACE}, 0)`, ...sorted.map((k) => `select pg_advisory_lock(${KEY_NAMESPACE}, ${k})`)].join('; ');
}

export function storyLockStatement(story: number): string {
  return `select pg_advisory_lock(${STORY_NAMESPACE}, ${checkKey(story)})`;
}

export function createPgAdvisoryLock(options: PgAdvisoryLockOptions): WindowLock {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4 });
  pool.on('error', (error) => options.onError?.(error));
  return {
    async withLock(keys, fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      let storyLocked = false;
      // No deadlock: key locks are taken in one global order (the timeline lock, shared unless null,
      // then keys ascending), in one round trip; then at most one story lock, whose holders wait for
      // nothing more. A waiting chain therefore always ends at a holder that is working.
      const lockStory = async (story: number): Promise<void> => {
        if (storyLocked) throw new InternalError('cluster', 'clustering lock: a second story lock would risk a deadlock', String(story));
        storyLocked = true;
        await client.query(storyLockStatement(story));
      };
      try {
        await client.query(lockStatements(keys));
        return await fn(lockStory);
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        try {
          await client.query('select pg_advisory_unlock_all()');
          client.release();
        } catch (error) {
          // A connection that cannot unlock is destroyed, which releases its locks on the server.
          client.release(broken ?? (error instanceof Error ? error : new Error(String(error))));
        }
      }
    },
    close: () => pool.end(),
  };
}
