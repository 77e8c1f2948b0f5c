// Clustering locks: PostgreSQL advisory locks per key and story (real server), the SQLite lock file and its takeover from a dead holder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createFileLock } from './file-lock.js';
import { createPgAdvisoryLock, lockStatements } from './pg-advisory-lock.js';
import type { WindowLock } from './window-lock.js';
import { createProcessLock } from './window-lock.js';

const postgresUrl = inject('postgresUrl');

/** Runs two holders at once and reports whether their critical sections overlapped. */
async function overlapped(lock: WindowLock, a: readonly number[] | null, b: readonly number[] | null): Promise<boolean> {
  let inside = 0;
  let overlap = false;
  const hold = (partitions: readonly number[] | null) =>
    lock.withLock(partitions, async () => {
      inside++;
      if (inside > 1) overlap = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
      inside--;
    });
  await Promise.all([hold(a), hold(b)]);
  return overlap;
}

describe('advisory lock statements', () => {
  it('takes the shared timeline lock, then each key once in ascending order, in one text', () => {
    expect(lockStatements([2901, 2899, 2900, 2899])).toBe(
      'select pg_advisory_lock_shared(1112997890, 0); select pg_advisory_lock(1112997889, 2899); select pg_advisory_lock(1112997889, 2900); select pg_advisory_lock(1112997889, 2901)',
    );
    expect(lockStatements(null)).toBe('select pg_advisory_lock(1112997890, 0)');
  });

  it('refuses a key that is not a 32-bit whole number, rather than writing it into SQL', () => {
    expect(() => lockStatements([1.5])).toThrow(/key 1.5 is not a 32-bit whole number/);
    expect(() => lockStatements([2 ** 31])).toThrow(/not a 32-bit/);
    expect(() => lockStatements([Number.NaN])).toThrow(/not a 32-bit/);
  });
});

describe.skipIf(!postgresUrl)(`PostgreSQL advisory window lock${postgresUrl ? '' : ` (skipped: ${inject('postgresMissing')})`}`, () => {
  const lock = createPgAdvisoryLock({ connectionString: postgresUrl, poolSize: 4 });
  afterAll(() => lock.close());

  it('serialises holders of a shared key and lets disjoint ones run together', async () => {
    expect(await overlapped(lock, [3, 4], [4, 5])).toBe(false);
    expect(await overlapped(lock, [1], [2])).toBe(true);
  });

  it('lets a whole-timeline holder run alone', async () => {
    expect(await overlapped(lock, null, [7])).toBe(false);
    expect(await overlapped(lock, [8], null)).toBe(false);
  });

  it('serialises holders of disjoint keys once they lock the same story, and refuses a second story lock', async () => {
    let inside = 0;
    let overlap = false;
    let keysOverlap = false;
    let keysInside = 0;
    const hold = (keys: readonly number[]) =>
      lock.withLock(keys, async (lockStory) => {
        keysInside++;
        if (keysInside > 1) keysOverlap = true;
        await new Promise((resolve) => setTimeout(resolve, 50));
        keysInside--;
        await lockStory(77);
        inside++;
        if (inside > 1) overlap = true;
        await new Promise((resolve) => setTimeout(resolve, 100));
        inside--;
      });
    await Promise.all([hold([11]), hold([12])]);
    expect(keysOverlap).toBe(true);
    expect(overlap).toBe(false);
    await expect(
      lock.withLock([13], async (lockStory) => {
        await lockStory(1);
        await lockStory(2);
      }),
    ).rejects.toThrow(/second story lock/);
    // Released with the rest: the next holder gets story 1 at once.
    expect(await lock.withLock([13], async (lockStory) => lockStory(1).then(() => 'free'))).toBe('free');
  });

  it('releases the locks when the work throws', async () => {
    await expect(lock.withLock([9], () => Promise.reject(new Error('cluster: boom')))).rejects.toThrow('boom');
    expect(await lock.withLock([9], () => Promise.resolve('again'))).toBe('again');
  });
});

describe('lock file for SQLite workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one holder in at a time and removes the file after', async () => {
    const path = join(dir, 'one.lock');
    expect(await overlapped(createFileLock(path), [1], [2])).toBe(false);
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const path = join(dir, 'stale.lock');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path, gone.stdout);
    expect(await createFileLock(path).withLock(null, () => Promise.resolve('taken'))).toBe('taken');
  });

  it('waits while the holder is alive', async () => {
    const path = join(dir, 'alive.lock');
    writeFileSync(path, String(process.ppid));
    const lock = createFileLock(path);
    let entered = false;
    const waiting = lock.withLock(null, () => {
      entered = true;
      return Promise.resolve();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(entered).toBe(false);
    rmSync(path);
    await waiting;
    expect(entered).toBe(true);
  });
});

describe('process lock', () => {
  it('runs holders one after the other', async () => {
    expect(await overlapped(createProcessLock(), [1], [2])).toBe(false);
  });
});
