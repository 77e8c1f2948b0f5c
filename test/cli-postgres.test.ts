// The real `babelwire` command against PostgreSQL: migrate (twice, and from two processes at once), ingest the demo, read stories back.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './support/postgres-database.js';
import { MIGRATIONS } from '../src/store/migrations/run-migrations.js';

const serverUrl = inject('postgresUrl');
if (!serverUrl) console.warn(`skipping the CLI tests on PostgreSQL: ${inject('postgresMissing')}`);
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'babelwire.js');
const drops: (() => Promise<void>)[] = [];
// The user's own settings must not leak into the tests.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_') && k !== 'DATABASE_URL'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...cleanEnv, ...env }, timeout: 240_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** The test server trusts 127.0.0.1, so a password in the URL is accepted and never checked: it must still never be printed. */
async function freshDatabaseWithPassword(): Promise<string> {
  const database = await createTestDatabase(serverUrl);
  drops.push(database.drop);
  const url = new URL(database.url);
  url.password = 'pw-never-printed';
  return url.toString();
}

async function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

afterAll(async () => {
  for (const drop of drops.splice(0)) await drop();
});

describe.skipIf(!serverUrl)('babelwire CLI on PostgreSQL', () => {
  it('migrates a new database, then has nothing to apply', async () => {
    const url = await freshDatabaseWithPassword();
    const first = await run(['migrate', '--database', url]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`Applied ${MIGRATIONS.length} migrations to postgres://postgres:\\*\\*\\*@127\\.0\\.0\\.1`));
    expect(first.stdout).toContain('0002-search-index');
    const again = await run(['migrate', '--json'], { DATABASE_URL: url });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { applied: string[] }).applied).toEqual([]);
    for (const r of [first, again]) expect(r.stdout + r.stderr).not.toContain('pw-never-printed');
  });

  it('applies each migration once when two processes migrate at the same moment', async () => {
    const url = await freshDatabaseWithPassword();
    const runs = await Promise.all([run(['migrate', '--json', '--database', url]), run(['migrate', '--json', '--database', url])]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const applied = runs.map((r) => (JSON.parse(r.stdout) as { applied: string[] }).applied);
    expect(applied.map((ids) => ids.length).sort((a, b) => a - b)).toEqual([0, MIGRATIONS.length]);
  });

  it('ingests the demo corpus and lists its stories as JSON', async () => {
    const url = await freshDatabaseWithPassword();
    const env = { BABELWIRE_TRANSLATE_BODIES: 'lazy' };
    const ingest = await run(['ingest', join(root, 'examples', 'demo'), '--database', url], env);
    expect(ingest.stderr).not.toMatch(/internal error/);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/Ingested 54 new articles from \d+ files into postgres:\/\/postgres:\*\*\*@/);
    const stories = await run(['stories', '--json', '--limit', '100'], { ...env, DATABASE_URL: url });
    expect(stories.code).toBe(0);
    const list = JSON.parse(stories.stdout) as { id: string; articleCount: number; languages: string[]; articles: { id: string }[] }[];
    expect(list.length).toBeGreaterThanOrEqual(9);
    expect(list.reduce((n, s) => n + s.articles.length, 0)).toBe(54);
    for (const s of list) expect(s.articles).toHaveLength(s.articleCount);
    expect(new Set(list.flatMap((s) => s.languages))).toEqual(new Set(['en', 'fr', 'es', 'de', 'it', 'pt']));
    const search = await run(['search', '--json', 'Genève'], { DATABASE_URL: url });
    expect(search.code).toBe(0);
    expect((JSON.parse(search.stdout) as unknown[]).length).toBeGreaterThan(0);
    for (const r of [ingest, stories]) expect(r.stdout + r.stderr).not.toContain('pw-never-printed');
  }, 300_000);

  it('retries a server that is down, then exits 4 naming the stage and the URL without its password', async () => {
    const port = await closedPort();
    const r = await run(['stats', '--database', `postgres://news:pw-never-printed@127.0.0.1:${port}/news`]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/retrying in 500 ms \(attempt 2 of 5\)/);
    expect(r.stderr).toMatch(/store: PostgreSQL failed while connecting \(gave up after 5 attempts\)/);
    expect(r.stderr).toContain(`postgres://news:***@127.0.0.1:${port}/news`);
    expect(r.stderr).not.toContain('pw-never-printed');
  }, 60_000);
});
