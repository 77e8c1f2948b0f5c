// `babelwire worker` against a PostgreSQL that is not there: retried, then a clear message and the upstream exit code.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/babelwire.js');
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_') && k !== 'DATABASE_URL'));

/** A port nothing listens on: bound, noted, released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('babelwire worker', () => {
  it('exits with the upstream code and names the server, password hidden, when PostgreSQL is down at start', async () => {
    const url = `postgres://bw:secret@127.0.0.1:${await freePort()}/babelwire`;
    const result = spawnSync(process.execPath, [bin, 'worker', '--db', url], { env: cleanEnv, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/127\.0\.0\.1/);
    expect(result.stderr).not.toMatch(/secret/);
  }, 150_000);

  it('refuses a concurrency that is not a whole number', () => {
    const result = spawnSync(process.execPath, [bin, 'worker', '--concurrency', 'lots', '--db', ':memory:'], { env: cleanEnv, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--concurrency must be a whole number/);
  });
});
