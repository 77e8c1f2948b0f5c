// PostgreSQL advisory locks per time partition: held on one connection, released by the server if the worker dies.
import pg from 'pg';
import { InternalError } from '../domain/index.js';
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

/** PostgreSQL's two-key advisory locks take int4 keys. */
function checkPartition(partition: number): number {
  if (!Number.isSafeInteger(partition) || partition < -2_147_483_648 || partition > 2_147_483_647) {
    throw new InternalError('cluster', `window lock: partition ${partition} is not a 32-bit whole number`, String(partition));
  }
  return partition;
}

/** The lock calls as one multi-statement text (keys are checked integers, so they are written inline). */
export function lockStatements(partitions: readonly number[] | null): string {
  if (partitions === null) return `select pg_advisory_lock(${TIMELINE_NAMESPACE}, 0)`;
  const sorted = [...new Set(partitions.map(checkPartition))].sort((a, b) => a - b);
  return [`select pg_advisory_lock_shared(${TIMELINE_NAMESPACE}, 0)`, ...sorted.map((p) => `select pg_advisory_lock(${PARTITION_NAMESPACE}, ${p})`)].join('; ');
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
        // then partitions in ascending order: one global order, so no deadlock. One round trip: the
        // server runs the statements in order, and the time between them is time other workers wait.
        await client.query(lockStatements(partitions));
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
