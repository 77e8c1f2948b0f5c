// `npm run bench -- pages`: server render time and throughput of the front page and a story page at 10k and 100k stored
// articles (synthetic archive, bench/lib-archive.ts), against the same home page served as a static file in the same run.
import { writeFileSync, mkdtempSync, rmSync, createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/serve/create-app.js';
import { startServer } from '../src/serve/start-server.js';
import { openStore } from '../src/store/index.js';
import type { KyselyStore } from '../src/store/kysely-store.js';
import { generateArchive } from './lib-archive.js';
import { printTable } from './lib-shared.js';

const SIZES = (process.env.BENCH_PAGES_SIZES ?? '10000,100000').split(',').map(Number);
const RENDERS = 200;
const LOAD = { connections: 8, duration: Number(process.env.BENCH_PAGES_SECONDS ?? 6), pipelining: 1 };
const SETTINGS = { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 12 };

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Uncached render time, in-process (no network): what the server spends building the page. */
async function timeRenders(fetchPage: () => Promise<Response>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 10; i += 1) await (await fetchPage()).text();
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i += 1) {
    const start = performance.now();
    await (await fetchPage()).text();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

async function load(url: string): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  // One request first, so the load measures the served page, not eight connections rendering a cold cache at once.
  await (await fetch(url)).text();
  const result = await autocannon({ url, ...LOAD });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const rows: Record<string, string | number>[] = [];
const figures: Record<string, number> = {};
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
    const home = await load(`${server.url}/`);
    const story = await load(`${server.url}${storyPath}`);
    const homeHtml = await (await fetch(`${server.url}/`)).text();
    const cssHref = /href="(\/assets\/site\.css[^"]*)"/u.exec(homeHtml)?.[1] ?? '/assets/site.css';
    const css = await (await fetch(`${server.url}${cssHref}`)).text();
    await server.close();

    // The floor: the same bytes from disk by a plain node http server.
    const file = join(work, `home-${size}.html`);
    writeFileSync(file, homeHtml);
    const staticServer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(file).pipe(res);
    });
    const staticUrl = await listen(staticServer);
    const stat = await load(`${staticUrl}/`);
    await new Promise((done) => staticServer.close(done));
    await store.close();

    const homeKb = (Buffer.byteLength(homeHtml) + Buffer.byteLength(css)) / 1024;
    rows.push(
      { size: label, page: 'home', render_p50_ms: renderHome.p50, render_p99_ms: renderHome.p99, load_p50_ms: home.p50, load_p99_ms: home.p99, req_per_s: home.rps, errors: home.errors, kb: homeKb },
      { size: label, page: 'story', render_p50_ms: renderStory.p50, render_p99_ms: renderStory.p99, load_p50_ms: story.p50, load_p99_ms: story.p99, req_per_s: story.rps, errors: story.errors, kb: 0 },
      { size: label, page: 'static home', render_p50_ms: 0, render_p99_ms: 0, load_p50_ms: stat.p50, load_p99_ms: stat.p99, req_per_s: stat.rps, errors: stat.errors, kb: Buffer.byteLength(homeHtml) / 1024 },
    );
    figures[`home_render_p99_ms_${label}`] = renderHome.p99;
    figures[`story_render_p99_ms_${label}`] = renderStory.p99;
    figures[`home_p99_ms_${label}`] = home.p99;
    figures[`story_p99_ms_${label}`] = story.p99;
    figures.home_req_per_s = home.rps;
    figures.static_req_per_s = stat.rps;
    figures.home_kb = Number(homeKb.toFixed(1));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`load: autocannon, ${LOAD.connections} connections, ${LOAD.duration} s per page, 127.0.0.1; render: ${RENDERS} uncached in-process renders\n`);
printTable(rows);
console.log(JSON.stringify(figures));
