// `npm run bench -- pages`: server render time and throughput of the front page and a story page at 10k and 100k stored
// articles (synthetic archive, bench/lib-archive.ts), against the same home page served as a static file in the same run.
//
// Three measurements per archive size:
// - render: the page built from the database with every cache off, in-process (no network): the cold cost.
// - bounded load: autocannon at a fixed overall rate (well under every server's capacity) from its own process,
//   so the latency percentiles are the server's and not a queue the load generator built up.
// - throughput: autocannon as fast as the server answers, home and static alternated twice so a change in the
//   shared machine's load hits both alike.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/serve/create-app.js';
import { startServer } from '../src/serve/start-server.js';
import { openStore } from '../src/store/index.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { generateArchive } from './lib-archive.js';
import { printTable } from './lib-shared.js';

const SIZES = (process.env.BENCH_PAGES_SIZES ?? '10000,100000').split(',').map(Number);
const RENDERS = Number(process.env.BENCH_PAGES_RENDERS ?? 100);
const CONNECTIONS = 8;
const SECONDS = Number(process.env.BENCH_PAGES_SECONDS ?? 5);
/** Requests per second of the bounded load, all connections together. */
const RATE = Number(process.env.BENCH_PAGES_RATE ?? 200);
const SETTINGS = { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 12 };
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

for (const [name, value] of Object.entries({ BENCH_PAGES_RENDERS: RENDERS, BENCH_PAGES_SECONDS: SECONDS, BENCH_PAGES_RATE: RATE })) {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bench pages: ${name} must be a positive number, got ${process.env[name]}`);
}
if (SIZES.some((size) => !Number.isInteger(size) || size < 100)) {
  throw new Error(`bench pages: BENCH_PAGES_SIZES must list whole numbers >= 100, got ${process.env.BENCH_PAGES_SIZES}`);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Uncached render time, in-process (no network, no page cache): what the server spends building the page. */
async function timeRenders(fetchPage: () => Promise<Response>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 5; i += 1) await (await fetchPage()).text();
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i += 1) {
    const start = performance.now();
    const res = await fetchPage();
    await res.text();
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`bench pages: render answered ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

/** autocannon in a child process (its own event loop and core), JSON result. */
function autocannon(url: string, rate: number | null): Promise<LoadResult> {
  const args = [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', '-n', ...(rate ? ['-R', String(rate)] : []), url];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`bench pages: autocannon failed on ${url}: ${error.message} ${stderr}`));
        return;
      }
      const result = JSON.parse(stdout) as {
        latency: { p50: number; p99: number };
        requests: { average: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      resolve({ p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx });
    });
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

const rows: Record<string, string | number>[] = [];
const figures: Record<string, number> = { load_avg_1m_start: round(loadavg()[0] ?? NaN, 2) };
const work = mkdtempSync(join(tmpdir(), 'bw-bench-pages-'));
try {
  for (const size of SIZES) {
    const label = size >= 1000 ? `${size / 1000}k` : String(size);
    const store = (await openStore({ database: join(work, `archive-${size}.db`) })) as KyselyStore;
    const started = performance.now();
    const archive = await generateArchive(store, { articles: size });
    console.error(`archive ${label}: ${archive.articles} articles, ${archive.stories} stories in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const storyPath = `/stories/${archive.sampleStoryId}`;

    const uncached = createApp({ store, settings: SETTINGS, pageCache: false });
    const renderHome = await timeRenders(() => Promise.resolve(uncached.request('/')));
    const renderStory = await timeRenders(() => Promise.resolve(uncached.request(storyPath)));

    const app = createApp({ store, settings: SETTINGS });
    const server = await startServer(app, { host: '127.0.0.1', port: 0 });
    const homeRes = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'identity' } });
    const homeHtml = await homeRes.text();
    if (homeRes.status !== 200) throw new Error(`bench pages: home page answered ${homeRes.status}`);
    const storyRes = await fetch(`${server.url}${storyPath}`);
    await storyRes.text();
    if (storyRes.status !== 200) throw new Error(`bench pages: ${storyPath} answered ${storyRes.status}`);
    const cssHref = /href="(\/assets\/site\.css[^"]*)"/u.exec(homeHtml)?.[1] ?? '/assets/site.css';
    const css = await (await fetch(`${server.url}${cssHref}`, { headers: { 'Accept-Encoding': 'identity' } })).text();
    const gzipRes = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    const gzipBytes = Number(gzipRes.headers.get('content-length') ?? NaN);
    await gzipRes.arrayBuffer();

    // The floor: the same bytes from disk by a plain node http server, one file read per request.
    const file = join(work, `home-${size}.html`);
    writeFileSync(file, homeHtml);
    const staticServer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(homeHtml) });
      createReadStream(file).pipe(res);
    });
    const staticUrl = await listen(staticServer);
    // A second reference, not the floor: the same bytes from memory, what node itself costs per response.
    const homeBytes = Buffer.from(homeHtml);
    const memoryServer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': homeBytes.length });
      res.end(homeBytes);
    });
    const memoryUrl = await listen(memoryServer);

    const homeUrl = `${server.url}/`;
    const bounded = {
      home: await autocannon(homeUrl, RATE),
      story: await autocannon(`${server.url}${storyPath}`, RATE),
      static: await autocannon(`${staticUrl}/`, RATE),
    };
    const homeRuns: LoadResult[] = [];
    const staticRuns: LoadResult[] = [];
    for (let i = 0; i < 2; i += 1) {
      homeRuns.push(await autocannon(homeUrl, null));
      staticRuns.push(await autocannon(`${staticUrl}/`, null));
    }
    const storyFull = await autocannon(`${server.url}${storyPath}`, null);
    const memoryFull = await autocannon(`${memoryUrl}/`, null);
    await server.close();
    await new Promise((done) => staticServer.close(done));
    await new Promise((done) => memoryServer.close(done));
    await store.close();

    const homeRps = mean(homeRuns.map((r) => r.rps));
    const staticRps = mean(staticRuns.map((r) => r.rps));
    const homeKb = (Buffer.byteLength(homeHtml) + Buffer.byteLength(css)) / 1024;
    const errors = (runs: LoadResult[]): number => runs.reduce((sum, r) => sum + r.errors, 0);
    rows.push(
      {
        size: label,
        page: 'home',
        render_p50_ms: round(renderHome.p50),
        render_p99_ms: round(renderHome.p99),
        [`p50_ms_at_${RATE}/s`]: bounded.home.p50,
        [`p99_ms_at_${RATE}/s`]: bounded.home.p99,
        max_req_per_s: round(homeRps),
        max_p99_ms: Math.max(...homeRuns.map((r) => r.p99)),
        errors: errors([bounded.home, ...homeRuns]),
        kb: round(homeKb),
      },
      {
        size: label,
        page: 'story',
        render_p50_ms: round(renderStory.p50),
        render_p99_ms: round(renderStory.p99),
        [`p50_ms_at_${RATE}/s`]: bounded.story.p50,
        [`p99_ms_at_${RATE}/s`]: bounded.story.p99,
        max_req_per_s: round(storyFull.rps),
        max_p99_ms: storyFull.p99,
        errors: errors([bounded.story, storyFull]),
        kb: '',
      },
      {
        size: label,
        page: 'static home (floor)',
        render_p50_ms: '',
        render_p99_ms: '',
        [`p50_ms_at_${RATE}/s`]: bounded.static.p50,
        [`p99_ms_at_${RATE}/s`]: bounded.static.p99,
        max_req_per_s: round(staticRps),
        max_p99_ms: Math.max(...staticRuns.map((r) => r.p99)),
        errors: errors([bounded.static, ...staticRuns]),
        kb: round(Buffer.byteLength(homeHtml) / 1024),
      },
      {
        size: label,
        page: 'home bytes from memory (reference)',
        render_p50_ms: '',
        render_p99_ms: '',
        [`p50_ms_at_${RATE}/s`]: '',
        [`p99_ms_at_${RATE}/s`]: '',
        max_req_per_s: round(memoryFull.rps),
        max_p99_ms: memoryFull.p99,
        errors: memoryFull.errors,
        kb: '',
      },
    );
    Object.assign(figures, {
      [`home_render_p50_ms_${label}`]: round(renderHome.p50),
      [`home_render_p99_ms_${label}`]: round(renderHome.p99),
      [`story_render_p50_ms_${label}`]: round(renderStory.p50),
      [`story_render_p99_ms_${label}`]: round(renderStory.p99),
      [`home_p50_ms_${label}`]: bounded.home.p50,
      [`home_p99_ms_${label}`]: bounded.home.p99,
      [`story_p50_ms_${label}`]: bounded.story.p50,
      [`story_p99_ms_${label}`]: bounded.story.p99,
      [`static_p99_ms_${label}`]: bounded.static.p99,
      [`home_req_per_s_${label}`]: round(homeRps),
      [`static_req_per_s_${label}`]: round(staticRps),
      [`memory_req_per_s_${label}`]: round(memoryFull.rps),
    });
    // The headline throughput is the largest archive's (sizes run smallest first).
    figures.home_req_per_s = round(homeRps);
    figures.static_req_per_s = round(staticRps);
    figures.home_vs_static = round(homeRps / staticRps, 2);
    figures.home_kb = round(homeKb);
    figures.home_gzip_kb = round(gzipBytes / 1024);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
figures.load_avg_1m_end = round(loadavg()[0] ?? NaN, 2);
console.log(
  `\nrender: ${RENDERS} in-process renders per page, every cache off; bounded load: autocannon (own process), ${CONNECTIONS} connections, ` +
    `${RATE} req/s, ${SECONDS} s per page; max: as fast as answered, ${SECONDS} s, home and static alternated twice (mean); 127.0.0.1; ` +
    `load average ${figures.load_avg_1m_start} at start, ${figures.load_avg_1m_end} at end\n`,
);
printTable(rows);
console.log(JSON.stringify(figures));
