// The store factory on PostgreSQL URLs without a server: a refused connection is retried, then reported without the password.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { InputError, UpstreamError } from '../domain/index.js';
import { isPostgresUrl, migrateDatabase, openStore } from './index.js';

/** A port nothing listens on: bound once to learn a free number, then closed. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe('openStore with a PostgreSQL URL', () => {
  it('recognises postgres:// and postgresql:// URLs only', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl(' POSTGRESQL://u@h/db')).toBe(true);
    expect(isPostgresUrl('./data/postgres.db')).toBe(false);
    expect(isPostgresUrl('mysql://u@h/db')).toBe(false);
  });

  it('retries a server that is down with growing delays, then names the stage and the URL without the password', async () => {
    const port = await closedPort();
    const url = `postgres://news:s3cret-pw@127.0.0.1:${port}/babelwire`;
    const retries: string[] = [];
    const started = Date.now();
    const error: unknown = await openStore({ database: url, connectAttempts: 3, connectRetryDelayMs: 50, onRetry: (m) => retries.push(m) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    const message = (error as UpstreamError).message;
    expect(message).toMatch(/^store: PostgreSQL failed while connecting \(gave up after 3 attempts\)/);
    expect(message).toContain(`postgres://news:***@127.0.0.1:${port}/babelwire`);
    expect((error as UpstreamError).retryable).toBe(true);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/retrying in 50 ms \(attempt 2 of 3\)/);
    expect(retries[1]).toMatch(/retrying in 100 ms \(attempt 3 of 3\)/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    for (const text of [message, ...retries]) expect(text).not.toContain('s3cret-pw');
  });

  it('reports the same for `migrate`', async () => {
    const port = await closedPort();
    const url = `postgresql://admin:hunter2@127.0.0.1:${port}/news`;
    const error: unknown = await migrateDatabase({ database: url, connectAttempts: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toContain('postgresql://admin:***@127.0.0.1');
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('refuses an empty setting, other URLs, a malformed PostgreSQL URL and a bad lease, never echoing a password', async () => {
    await expect(openStore({ database: '  ' })).rejects.toBeInstanceOf(InputError);
    const other: unknown = await openStore({ database: 'mysql://root:pw123@y/z' }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(InputError);
    expect((other as Error).message).toMatch(/unsupported database URL/);
    expect((other as Error).message).not.toContain('pw123');
    const malformed: unknown = await openStore({ database: 'postgres://user:pw456@[bad/db' }).catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(InputError);
    expect((malformed as Error).message).not.toContain('pw456');
    await expect(openStore({ database: 'postgres://u@127.0.0.1/db', jobLeaseMs: 0 })).rejects.toBeInstanceOf(InputError);
  });
});
