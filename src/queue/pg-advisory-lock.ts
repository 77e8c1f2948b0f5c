// PostgreSQL advisory locks per time partition: held on one connection, released by the server if the worker dies.
import pg from 'pg';
import type { WindowLock } from './window-lock.js';

/** Two-key advisory locks: (namespace, partition); the whole-timeline lock is (timeline, 0). */
const PARTITION_NAMESPACE = 0x42570001;
const TIMELINE_NAMESPACE = 0x42570002;

export interface PgAdvisoryLockOptions {
  connectionString: string;
  /** Connections kept for lock holders: one per concurrent clustering job. */
  poolSize?: number;
  onError?: (error: Error) => void;
}

export function createPgAdvisoryLock(options: PgAdvisoryLockOptions): WindowLock {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4 });
  pool.on('error', (error) => options.onError?.(error));
  return {
    async withLock(partitions, fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        // Everyone takes the timeline lock first (shared for a bounded window, exclusive for none),
        // then partitions in ascending order: one global order, so no deadlock.
        if (partitions === null) {
          await client.query('select pg_advisory_lock($1, 0)', [TIMELINE_NAMESPACE]);
        } else {
          await client.query('select pg_advisory_lock_shared($1, 0)', [TIMELINE_NAMESPACE]);
          for (const partition of [...new Set(partitions)].sort((a, b) => a - b)) {
            await client.query('select pg_advisory_lock($1, $2)', [PARTITION_NAMESPACE, partition]);
          }
        }
        return await fn();
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
