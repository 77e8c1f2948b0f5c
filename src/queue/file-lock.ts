// A lock file beside a SQLite database, for worker processes on one machine; a dead holder's lock is taken over.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { alreadyExclusive, createProcessLock } from './window-lock.js';
import type { WindowLock } from './window-lock.js';

export interface FileLockOptions {
  /** How often a waiting process looks at the lock again; default 10 ms. */
  retryMs?: number;
}

/**
 * SQLite lets one writer in at a time anyway, so everything is one lock here: keys
 * would only add lock files, not parallel writes. (PostgreSQL locks per key.)
 */
export function createFileLock(path: string, options: FileLockOptions = {}): WindowLock {
  const retryMs = options.retryMs ?? 10;
  // Loops of the same process queue up here first, so only one of them polls the file.
  const local = createProcessLock();
  const acquire = async (): Promise<void> => {
    for (;;) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (holderIsGone(path)) {
        try {
          unlinkSync(path);
        } catch {
          // Another waiter removed it first.
        }
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  };
  return {
    withLock: (_keys, fn) =>
      local.withLock(null, async () => {
        await acquire();
        try {
          return await fn(alreadyExclusive);
        } finally {
          try {
            unlinkSync(path);
          } catch {
            // Already taken over as stale: nothing to release.
          }
        }
      }),
    close: () => Promise.resolve(),
  };
}

/** The lock's process no longer exists (killed with SIGKILL, say); an empty file is being written, unless it is old. */
function holderIsGone(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return olderThan(path, 5000);
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}
