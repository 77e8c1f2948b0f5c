// `npm run bench -- server [--articles N] [--archive N] [--seconds S] [--rounds R]`: on the same NTREX articles in one run,
// the SQLite in-process pipeline, the PostgreSQL worker stage with 1, 2, 4 worker processes (rounds alternate the order), nothing
// translated yet and again with the translation cache filled by the first run, and page latency at a large archive.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { createApp, startServer } from '../src/serve/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { fillArchive } from './lib-store-archive.js';
import { loadNtrexArticles } from './lib-ntrex.js';
import { loadAverage, processCpu, sampleTreeCpu } from './lib-process-cpu.js';
import { printTable } from './lib-shared.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const articleCount = flag('articles', 100);
const archiveSize = flag('archive', 100_000);
const seconds = flag('seconds', 10);
const rounds = flag('rounds', 1);

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

/** Runs the CLI and returns its stdout (the JSON summary with `--json`). */
function cli(argv: string[]): string {
  const result = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench: babelwire ${argv[0]} failed (${result.status}): ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** `babelwire ingest --json`: the pipeline's own elapsed time, without the seconds it takes to load the program. */
function ingestSeconds(argv: string[]): number {
  const summary = JSON.parse(cli(['ingest', ...argv, '--json'])) as { elapsedMs: number; ingested: number; failed: unknown[] };
  if (summary.ingested !== articleCount || summary.failed.length > 0) {
    throw new Error(`bench: ingest stored ${summary.ingested} of ${articleCount} articles (${summary.failed.length} failed)`);
  }
  return summary.elapsedMs / 1000;
}

interface StartedWorker {
  child: ChildProcess;
  /** Date.now() when the worker said it was ready (taking jobs from then on). */
  readyAt: number;
  /** Its own CPU seconds at that moment: loading the program, not work. */
  loadCpu: number;
}

function startWorker(database: string): { child: ChildProcess; ready: Promise<StartedWorker> } {
  const child = spawn(process.execPath, [bin, 'worker', '--db', database], { env: { ...env, BABELWIRE_LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ready = new Promise<StartedWorker>((done, fail) => {
    let err = '';
    let started = false;
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (!started && err.includes('worker started')) {
        started = true;
        done({ child, readyAt: Date.now(), loadCpu: processCpu(child.pid ?? 0) });
      }
    });
    child.once('exit', (code) => fail(new Error(`bench: worker exited (${code}): ${err}`)));
  });
  return { child, ready };
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await gone;
}

/** Waits until every article is in a story; returns when the last one was assigned (Date.now() scale, from the database). */
async function waitClustered(store: Store, expected: number): Promise<number> {
  for (;;) {
    const total = (await store.stats()).articles;
    const left = await store.listArticles({ unclustered: true, limit: 1 });
    if (total >= expected && left.length === 0) break;
    await new Promise((done) => setTimeout(done, 200));
  }
  const last = await (store as KyselyStore).db.selectFrom('story_members').select((eb) => eb.fn.max('assigned_at').as('last')).executeTakeFirst();
  return Date.parse(String(last?.last));
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await adminQuery(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A template like `from` (jobs queued, nothing translated) whose translation cache holds what a finished run
 * translated: a re-ingest, a recluster, or a translation provider on other machines. The workers then
 * still run every job, but the Apertium pipelines have nothing to do, so the scaling of the worker's own work shows.
 */
async function cachedTemplate(serverUrl: string, from: string, translatedIn: string): Promise<string> {
  const name = 'bench_cached';
  const source = new pg.Client({ connectionString: translatedIn });
  const target = new pg.Client({ connectionString: await createDatabase(serverUrl, name, from) });
  await source.connect();
  await target.connect();
  try {
    const rows = (await source.query('select row_to_json(t) as row from translation_cache t')).rows.map((r: { row: unknown }) => r.row);
    await target.query('insert into translation_cache select * from json_populate_recordset(null::translation_cache, $1::json)', [JSON.stringify(rows)]);
    if (rows.length === 0) throw new Error('bench: the finished run left an empty translation cache');
  } finally {
    await source.end();
    await target.end();
  }
  return name;
}

interface WorkerRun {
  /** `queued`: nothing translated yet; `cached`: the store's translation cache already holds every segment. */
  variant: 'queued' | 'cached';
  workers: number;
  seconds: number;
  articlesPerS: number;
  /** CPU seconds of the workers and their Apertium pipelines, program load left out. */
  cpuS: number;
  load: string;
}

/**
 * The worker stage alone: the articles were ingested once (`ingest --no-cluster`, their translate
 * and cluster jobs queued in pg-boss) into a template database; each run works on a fresh copy.
 * The clock runs from the first worker ready to the last article clustered, so the one ingest
 * process and the seconds Node takes to load the program are outside it (they do not depend on
 * the number of workers and would hide how the workers scale).
 */
async function workerRun(serverUrl: string, template: string, variant: WorkerRun['variant'], workers: number, run: number): Promise<WorkerRun & { database: string }> {
  const database = await createDatabase(serverUrl, `bench_run${run}_w${workers}`, template);
  const store = await openStore({ database });
  const load = loadAverage();
  const spawned = Array.from({ length: workers }, () => startWorker(database));
  // Sampling starts as soon as the processes exist: their Apertium pipelines are children of theirs.
  let stopSampling: (() => number) | null = sampleTreeCpu(spawned.map((w) => w.child.pid ?? 0));
  try {
    const started = await Promise.all(spawned.map((w) => w.ready));
    const from = Math.min(...started.map((w) => w.readyAt));
    const to = await waitClustered(store, articleCount);
    const seconds = (to - from) / 1000;
    const cpuS = stopSampling() - started.reduce((sum, w) => sum + w.loadCpu, 0);
    stopSampling = null;
    return { variant, workers, seconds, articlesPerS: articleCount / seconds, cpuS, load, database };
  } finally {
    stopSampling?.();
    await Promise.all(spawned.map((w) => stopWorker(w.child)));
    await store.close();
  }
}

async function latency(store: Store, storyId: string): Promise<{ home: autocannon.Result; story: autocannon.Result; storyFirstMs: number }> {
  const app = createApp({ store, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 30 }, logError: () => {} });
  const server = await startServer(app, { host: '127.0.0.1', port: 0 });
  // Bounded load: few connections at a fixed rate, so the figures describe latency, not a saturated queue.
  const run = (path: string) => autocannon({ url: `${server.url}${path}`, connections: 4, overallRate: 100, duration: seconds });
  try {
    await run('/'); // warm-up
    const home = await run('/');
    // The story page's first render (page cache empty for it), timed alone; then the same warm-up as the home page had.
    // Without it, the one cold render (~200 ms on PostgreSQL at 100k) lands in the measured run, and autocannon's
    // coordinated-omission correction at a fixed rate adds a synthetic sample per expected interval (1 ms) it lasted:
    // one slow request weighs like hundreds, and sets p99.
    const started = performance.now();
    const first = await fetch(`${server.url}/stories/${storyId}`);
    await first.arrayBuffer();
    const storyFirstMs = performance.now() - started;
    await run(`/stories/${storyId}`);
    return { home, story: await run(`/stories/${storyId}`), storyFirstMs };
  } finally {
    await server.close();
  }
}

async function archiveLatency(database: string): Promise<{ home: autocannon.Result; story: autocannon.Result; storyFirstMs: number; fillS: number }> {
  const store = await openStore({ database });
  try {
    const started = performance.now();
    const storyId = await fillArchive(store, archiveSize);
    const fillS = (performance.now() - started) / 1000;
    // A database that has held its archive for a while has been vacuumed and analysed: measure that state, not
    // autovacuum working through 100k fresh rows during the measurement, with a planner that has no statistics.
    if (database.startsWith('postgres')) await sql`vacuum analyze`.execute((store as KyselyStore).db);
    return { ...(await latency(store, storyId)), fillS };
  } finally {
    await store.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
};

const input = writeInput();
const server = await startPostgresServer();
try {
  const loadAtStart = loadAverage();
  const sqliteS = ingestSeconds([input, '--db', join(dir, 'ingest.db')]);
  const template = 'bench_ingested';
  const pgIngestS = ingestSeconds([input, '--no-cluster', '--db', await createDatabase(server.url, template)]);
  // Rounds alternate the order (1, 2, 4 workers, then 4, 2, 1), so a change in the machine's other load hits every setting alike.
  const runs: (WorkerRun & { round: number; database: string })[] = [];
  let cached: string | null = null;
  for (let r = 0; r < rounds; r++) {
    for (const workers of r % 2 === 0 ? [1, 2, 4] : [4, 2, 1]) runs.push({ round: r + 1, ...(await workerRun(server.url, template, 'queued', workers, runs.length)) });
    cached ??= await cachedTemplate(server.url, template, runs[0]?.database ?? '');
    for (const workers of r % 2 === 0 ? [1, 2, 4] : [4, 2, 1]) runs.push({ round: r + 1, ...(await workerRun(server.url, cached, 'cached', workers, runs.length)) });
  }
  const ofVariant = (variant: WorkerRun['variant'], workers: number) => runs.filter((run) => run.variant === variant && run.workers === workers);
  const ofSetting = (workers: number) => ofVariant('queued', workers);
  const rate = (workers: number) => median(ofSetting(workers).map((run) => run.articlesPerS));
  const cpuPerArticle = (workers: number) => median(ofSetting(workers).map((run) => run.cpuS / articleCount));
  /** Per round, N workers against the 1-worker run of the same round; then the median over rounds. */
  const speedups = (workers: number) => ofSetting(workers).map((run) => run.articlesPerS / (ofSetting(1).find((one) => one.round === run.round)?.articlesPerS ?? Number.NaN));
  const [pg1, pg2, pg4] = [rate(1), rate(2), rate(4)];
  const cachedRate = (workers: number) => median(ofVariant('cached', workers).map((run) => run.articlesPerS));
  const cachedCpu = (workers: number) => median(ofVariant('cached', workers).map((run) => run.cpuS / articleCount));
  const cachedSpeedups = (workers: number) =>
    ofVariant('cached', workers).map((run) => run.articlesPerS / (ofVariant('cached', 1).find((one) => one.round === run.round)?.articlesPerS ?? Number.NaN));
  const sqlite = articleCount / sqliteS;
  printTable(
    runs.map((run) => ({
      round: run.round,
      translation: run.variant,
      workers: run.workers,
      's (first ready to last clustered)': run.seconds,
      'articles/s': run.articlesPerS,
      'worker CPU s': run.cpuS,
      'cores busy': run.cpuS / run.seconds,
      'load avg at start': run.load,
    })),
  );
  printTable([
    { setup: 'SQLite, in-process ingest (store, translate, cluster)', articles: articleCount, 'articles/s': sqlite, 'x of 1 worker': '', 'CPU s/article': '' },
    { setup: 'PostgreSQL, ingest --no-cluster (store, queue)', articles: articleCount, 'articles/s': articleCount / pgIngestS, 'x of 1 worker': '', 'CPU s/article': '' },
    ...[1, 2, 4].map((workers) => ({
      setup: `PostgreSQL, ${workers} worker${workers === 1 ? '' : 's'} (translate, cluster), median of ${rounds}`,
      articles: articleCount,
      'articles/s': rate(workers),
      'x of 1 worker': median(speedups(workers)),
      'CPU s/article': cpuPerArticle(workers),
    })),
    ...[1, 2, 4].map((workers) => ({
      setup: `PostgreSQL, ${workers} worker${workers === 1 ? '' : 's'}, translations cached, median of ${rounds}`,
      articles: articleCount,
      'articles/s': cachedRate(workers),
      'x of 1 worker': median(cachedSpeedups(workers)),
      'CPU s/article': cachedCpu(workers),
    })),
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
        { database: name as string, page: 'story, first render', archive: archiveSize, 'fill s': res.fillS, p50_ms: res.storyFirstMs, p99_ms: '', 'req/s': '', errors: '' },
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
      pg_speedup_2w: round(median(speedups(2))),
      pg_speedup_4w: round(median(speedups(4))),
      pg_speedup_2w_rounds: speedups(2).map(round),
      pg_cpu_s_per_article_1w: round(cpuPerArticle(1)),
      pg_cpu_s_per_article_2w: round(cpuPerArticle(2)),
      pg_ingest_articles_per_s: round(articleCount / pgIngestS),
      pg_cached_articles_per_s_1w: round(cachedRate(1)),
      pg_cached_articles_per_s_2w: round(cachedRate(2)),
      pg_cached_articles_per_s_4w: round(cachedRate(4)),
      pg_cached_speedup_2w: round(median(cachedSpeedups(2))),
      pg_cached_speedup_2w_rounds: cachedSpeedups(2).map(round),
      pg_cached_cpu_s_per_article_1w: round(cachedCpu(1)),
      pg_cached_cpu_s_per_article_2w: round(cachedCpu(2)),
      rounds,
      load_avg_start: loadAtStart,
      load_avg_end: loadAverage(),
      pg_story_p99_ms_100k: pgLat.story.latency.p99,
      sqlite_story_p99_ms_100k: sqliteLat.story.latency.p99,
      pg_story_first_render_ms_100k: round(pgLat.storyFirstMs),
      sqlite_story_first_render_ms_100k: round(sqliteLat.storyFirstMs),
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
