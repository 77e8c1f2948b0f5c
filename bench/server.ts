// `npm run bench -- server [--articles N] [--archive N] [--seconds S]`: pipeline throughput with 1, 2, 4 worker
// processes on PostgreSQL and in-process on SQLite (same NTREX articles, same run), and page latency at a large archive.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApp, startServer } from '../src/serve/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { fillArchive } from './lib-store-archive.js';
import { loadNtrexArticles } from './lib-ntrex.js';
import { printTable } from './lib-shared.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const articleCount = flag('articles', 100);
const archiveSize = flag('archive', 100_000);
const seconds = flag('seconds', 10);

const bin = resolve(import.meta.dirname, '..', 'bin', 'babelwire.js');
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_') || k === 'BABELWIRE_SHARED')),
  BABELWIRE_LOG_LEVEL: 'warn',
  BABELWIRE_TRANSLATE_TO: 'en',
};
const dir = mkdtempSync(join(tmpdir(), 'bw-bench-server-'));

function writeInput(): string {
  // Whole documents in five languages, so every story has non-English members to translate.
  const all = loadNtrexArticles();
  const documents = [...new Set(all.map((a) => a.document))].slice(0, Math.ceil(articleCount / 5));
  const chosen = all.filter((a) => documents.includes(a.document)).slice(0, articleCount);
  const lines = chosen.map((a, i) =>
    JSON.stringify({ title: a.title, text: a.text, language: a.language, url: `https://ntrex.example/${a.key}`, publishedAt: `2024-05-${String(10 + (i % 5)).padStart(2, '0')}T08:00:00Z` }),
  );
  const path = join(dir, 'ntrex.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function cli(argv: string[]): void {
  const result = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench: babelwire ${argv[0]} failed (${result.status}): ${result.stderr}${result.stdout}`);
}

function startWorker(database: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'worker', '--db', database], { env: { ...env, BABELWIRE_LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ready, fail) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('worker started')) ready(child);
    });
    child.once('exit', (code) => fail(new Error(`bench: worker exited (${code}): ${err}`)));
  });
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await gone;
}

async function waitClustered(store: Store, expected: number): Promise<void> {
  for (;;) {
    const total = (await store.stats()).articles;
    const left = await store.listArticles({ unclustered: true, limit: 1 });
    if (total >= expected && left.length === 0) return;
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Workers started and ready first; the clock runs from the start of ingestion to the last article clustered. */
async function pgThroughput(serverUrl: string, workers: number, input: string, expected: number): Promise<number> {
  const database = await createDatabase(serverUrl, `bench_w${workers}`);
  const store = await openStore({ database });
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(database)));
  try {
    const started = performance.now();
    cli(['ingest', input, '--no-cluster', '--db', database]);
    await waitClustered(store, expected);
    return expected / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(children.map(stopWorker));
    await store.close();
  }
}

function sqliteThroughput(input: string, expected: number): number {
  const started = performance.now();
  cli(['ingest', input, '--db', join(dir, 'ingest.db')]);
  return expected / ((performance.now() - started) / 1000);
}

async function latency(store: Store, storyId: string): Promise<{ home: autocannon.Result; story: autocannon.Result }> {
  const app = createApp({ store, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 30 }, logError: () => {} });
  const server = await startServer(app, { host: '127.0.0.1', port: 0 });
  // Bounded load: few connections at a fixed rate, so the figures describe latency, not a saturated queue.
  const run = (path: string) => autocannon({ url: `${server.url}${path}`, connections: 4, overallRate: 100, duration: seconds });
  try {
    await run('/'); // warm-up
    return { home: await run('/'), story: await run(`/stories/${storyId}`) };
  } finally {
    await server.close();
  }
}

async function archiveLatency(database: string): Promise<{ home: autocannon.Result; story: autocannon.Result; fillS: number }> {
  const store = await openStore({ database });
  try {
    const started = performance.now();
    const storyId = await fillArchive(store, archiveSize);
    const fillS = (performance.now() - started) / 1000;
    return { ...(await latency(store, storyId)), fillS };
  } finally {
    await store.close();
  }
}

const input = writeInput();
const server = await startPostgresServer();
try {
  const sqlite = sqliteThroughput(input, articleCount);
  const pg1 = await pgThroughput(server.url, 1, input, articleCount);
  const pg2 = await pgThroughput(server.url, 2, input, articleCount);
  const pg4 = await pgThroughput(server.url, 4, input, articleCount);
  printTable([
    { setup: 'SQLite, in-process ingest', articles: articleCount, 'articles/s': sqlite },
    { setup: 'PostgreSQL, 1 worker', articles: articleCount, 'articles/s': pg1 },
    { setup: 'PostgreSQL, 2 workers', articles: articleCount, 'articles/s': pg2, 'x of 1': pg2 / pg1 },
    { setup: 'PostgreSQL, 4 workers', articles: articleCount, 'articles/s': pg4, 'x of 1': pg4 / pg1 },
  ]);
  const sqliteLat = await archiveLatency(join(dir, 'archive.db'));
  const pgLat = await archiveLatency(await createDatabase(server.url, 'bench_archive'));
  printTable(
    [
      ['SQLite', sqliteLat],
      ['PostgreSQL', pgLat],
    ].flatMap(([name, r]) => {
      const res = r as typeof sqliteLat;
      return [
        { database: name as string, page: 'home', archive: archiveSize, 'fill s': res.fillS, p50_ms: res.home.latency.p50, p99_ms: res.home.latency.p99, 'req/s': res.home.requests.average, errors: res.home.errors + res.home.non2xx },
        { database: name as string, page: 'story', archive: archiveSize, 'fill s': res.fillS, p50_ms: res.story.latency.p50, p99_ms: res.story.latency.p99, 'req/s': res.story.requests.average, errors: res.story.errors + res.story.non2xx },
      ];
    }),
  );
  console.log(
    JSON.stringify({
      articles: articleCount,
      archive_articles: archiveSize,
      sqlite_articles_per_s: round(sqlite),
      pg_articles_per_s_1w: round(pg1),
      pg_articles_per_s_2w: round(pg2),
      pg_articles_per_s_4w: round(pg4),
      pg_speedup_2w: round(pg2 / pg1),
      pg_story_p99_ms_100k: pgLat.story.latency.p99,
      sqlite_story_p99_ms_100k: sqliteLat.story.latency.p99,
      pg_home_p99_ms_100k: pgLat.home.latency.p99,
      sqlite_home_p99_ms_100k: sqliteLat.home.latency.p99,
    }),
  );
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
