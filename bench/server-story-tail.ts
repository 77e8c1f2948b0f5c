// `npm run bench -- server-story-tail [--archive N] [--seconds S] [--db sqlite|postgres]`: what the slow 1% of story-page
// requests wait for at a large archive: per-request timing split into cache fast path, content-version check and render,
// with the store's query times, event-loop delay and GC pauses recorded during the same bounded autocannon load as `server`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { getRequestListener } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { createApp } from '../src/serve/index.js';
import { writeCachedPage } from '../src/serve/cache/page-cache.js';
import { pageCacheOf } from '../src/serve/create-app.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { fillArchive } from './lib-store-archive.js';
import { printTable } from './lib-shared.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const archiveSize = Number(option('archive', '100000'));
const seconds = Number(option('seconds', '10'));
const kind = option('db', 'postgres');

interface Call {
  method: string;
  start: number;
  ms: number;
}

/** Times every store call (the page cache's content-version read and every render's queries). */
function timedStore(store: Store, calls: Call[]): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...callArgs: unknown[]) => {
        const start = performance.now();
        const result = (value as (...a: unknown[]) => unknown).apply(target, callArgs);
        if (result instanceof Promise) {
          return result.finally(() => calls.push({ method: String(prop), start, ms: performance.now() - start }));
        }
        return result;
      };
    },
  });
}

const pct = (values: number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

interface RequestRecord {
  start: number;
  ms: number;
  path: 'fast' | 'hono';
}

async function measure(store: Store, storyId: string, label: string, warm: boolean): Promise<Record<string, string | number>> {
  const calls: Call[] = [];
  const app = createApp({ store: timedStore(store, calls), settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 30 }, logError: () => {} });
  const cache = pageCacheOf(app);
  const listener = getRequestListener(app.fetch);
  const requests: RequestRecord[] = [];
  // The same server as startServer, with each request's time and path (cache fast path or through Hono) recorded.
  const server = createServer((req, res) => {
    const start = performance.now();
    const hit = cache && req.method === 'GET' ? cache.lookup(req.headers.host ?? '', req.url ?? '/', req.headers.cookie ?? '') : undefined;
    res.once('finish', () => requests.push({ start, ms: performance.now() - start, path: hit ? 'fast' : 'hono' }));
    if (!hit) {
      void listener(req, res);
      return;
    }
    writeCachedPage(hit, req.headers, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const run = (path: string) => autocannon({ url: `${url}${path}`, connections: 4, overallRate: 100, duration: seconds });
  try {
    if (warm) await run(`/stories/${storyId}`);
    requests.length = 0;
    calls.length = 0;
    const gcPauses: number[] = [];
    const gc = new PerformanceObserver((list) => gcPauses.push(...list.getEntries().map((e) => e.duration)));
    gc.observe({ entryTypes: ['gc'] });
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const t0 = performance.now();
    const result = await run(`/stories/${storyId}`);
    loop.disable();
    gc.disconnect();
    const slowCut = pct(requests.map((r) => r.ms), 99);
    const slow = requests.filter((r) => r.ms >= slowCut);
    const versions = calls.filter((c) => c.method === 'contentVersion').map((c) => c.ms);
    const renders = calls.filter((c) => c.method === 'getStory');
    const firstRender = renders[0];
    console.log(`\n${label}: slowest requests (server-side ms, path, start s into the run)`);
    console.log(
      slow
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 12)
        .map((r) => `${r.ms.toFixed(1)} ${r.path} @${((r.start - t0) / 1000).toFixed(2)}s`)
        .join('\n'),
    );
    const byMethod = new Map<string, number[]>();
    for (const c of calls) byMethod.set(c.method, [...(byMethod.get(c.method) ?? []), c.ms]);
    printTable([...byMethod].map(([method, ms]) => ({ method, calls: ms.length, p50_ms: pct(ms, 50), p99_ms: pct(ms, 99), max_ms: Math.max(...ms) })));
    return {
      run: label,
      requests: requests.length,
      'fast path': requests.filter((r) => r.path === 'fast').length,
      'via Hono': requests.filter((r) => r.path === 'hono').length,
      renders: renders.length,
      'first render starts s': firstRender ? ((firstRender.start - t0) / 1000).toFixed(2) : '-',
      'server p50 ms': pct(requests.map((r) => r.ms), 50),
      'server p99 ms': slowCut,
      'version reads': versions.length,
      'version p99 ms': pct(versions, 99),
      'loop delay p99 ms': loop.percentile(99) / 1e6,
      'loop delay max ms': loop.max / 1e6,
      'gc pauses': gcPauses.length,
      'gc max ms': gcPauses.length ? Math.max(...gcPauses) : 0,
      'autocannon p99 ms': result.latency.p99,
    };
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bw-bench-tail-'));
const pgServer = kind === 'postgres' ? await startPostgresServer() : null;
try {
  let database = join(dir, 'archive.db');
  if (pgServer) {
    const client = new pg.Client({ connectionString: pgServer.url });
    await client.connect();
    await client.query('create database bench_tail');
    // `--jit off`: PostgreSQL compiles queries whose estimated cost passes jit_above_cost, which costs milliseconds per run.
    if (option('jit', 'on') === 'off') await client.query('alter database bench_tail set jit = off');
    await client.end();
    database = pgServer.url.replace(/\/postgres$/u, '/bench_tail');
  }
  const store = await openStore({ database });
  try {
    const storyId = await fillArchive(store, archiveSize);
    if (pgServer) await sql`vacuum analyze`.execute((store as KyselyStore).db);
    const rows = [await measure(store, storyId, 'cold (no warm-up, as in `server`)', false), await measure(store, storyId, 'warm (after a run on the page)', true)];
    printTable(rows);
  } finally {
    await store.close();
  }
} finally {
  pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
}
