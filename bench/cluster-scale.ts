// `npm run bench -- cluster-scale [--runs mode:size,...]`: clustering cost per article on generated streams of 10k, 100k and 1M articles.
// Each run is its own process (so its peak memory is its own). Modes: `memory` (the in-memory clusterer: recluster, bench),
// `sqlite` (clusterArticle against a SQLite store, what the ingest pipeline and the workers run), and `memory-unbounded`
// (the baseline: the same clusterer without the time window on its index, every posting list read whole, nothing evicted).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryClusterer, defaultClusterSettings } from '../src/cluster/index.js';
import { clusterArticle } from '../src/pipeline/cluster-pending.js';
import { openStore } from '../src/store/index.js';
import { bcubed } from './lib-cluster-metrics.js';
import { describeTemplates, generateStream, loadTemplates } from './lib-scale-stream.js';
import { printTable } from './lib-shared.js';

/** A steady desk: this many articles a day whatever the archive size, so a larger archive means a longer history. */
const ARTICLES_PER_DAY = 2000;
const START_MS = Date.parse('2025-01-01T00:00:00Z');
const MODES = ['memory', 'memory-unbounded', 'sqlite'] as const;
type Mode = (typeof MODES)[number];

interface RunResult {
  mode: Mode;
  size: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  /** Mean over the first and the last tenth of the stream: the cost while the archive is small, and once it is that large. */
  headMeanMs: number;
  tailMeanMs: number;
  peakRssMb: number;
  /** Heap in use after the run (after a collection): what the clusterer keeps. */
  heapMb: number;
  stories: number;
  generatedStories: number;
  activeStories: number | null;
  /** BCubed F1 of the clusters against the stories the stream was generated from. */
  streamF1: number;
  streamPrecision: number;
  streamRecall: number;
  seconds: number;
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const mode = process.argv[childAt + 1] as Mode;
  const size = Number(process.argv[childAt + 2]);
  console.log(JSON.stringify(await runOne(mode, size)));
} else {
  await main();
}

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const spec = runsAt >= 0 ? (process.argv[runsAt + 1] ?? '') : 'memory:10000,memory-unbounded:10000,sqlite:10000,memory:100000,memory:1000000';
  const runs = spec.split(',').map((part) => {
    const [mode, size] = part.split(':');
    if (!MODES.includes(mode as Mode) || !(Number(size) > 0)) {
      console.error(`bench: cluster-scale --runs takes mode:size,... with mode one of ${MODES.join(', ')}; got "${part}"`);
      process.exit(2);
    }
    return { mode: mode as Mode, size: Number(size) };
  });
  const templates = await loadTemplates(); // fills the caches once, before the children read them
  console.error(`bench: ${describeTemplates(templates)}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results: RunResult[] = [];
  for (const { mode, size } of runs) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), '--child', mode, String(size)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.error(`bench: ${mode} at ${size} failed (exit ${r.status})`);
      process.exit(1);
    }
    const result = JSON.parse(line) as RunResult;
    results.push(result);
    console.error(`bench: ${mode} ${size} done in ${result.seconds} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}: ${line}`);
  }
  console.log(`\nGenerated streams at ${ARTICLES_PER_DAY} articles/day: ${describeTemplates(templates)} recombined into distinct stories of 1-60 articles`);
  printTable(
    results.map((r) => ({
      mode: r.mode,
      articles: r.size,
      days: Math.round(r.size / ARTICLES_PER_DAY),
      'median ms': r.medianMs,
      'p99 ms': r.p99Ms,
      'mean ms': r.meanMs,
      'first-10% mean': r.headMeanMs,
      'last-10% mean': r.tailMeanMs,
      'peak RSS MB': r.peakRssMb,
      'heap MB': r.heapMb,
      stories: r.stories,
      'generated stories': r.generatedStories,
      'in index': r.activeStories ?? '-',
      'stream B3 P': r.streamPrecision,
      'stream B3 R': r.streamRecall,
      'stream B3 F1': r.streamF1,
    })),
  );
  const memory = results.filter((r) => r.mode === 'memory');
  const small = memory.find((r) => r.size === 10_000) ?? null;
  const million = memory.find((r) => r.size === 1_000_000) ?? null;
  const ratio = small && million ? Number((million.meanMs / small.meanMs).toFixed(3)) : null;
  if (!million) console.log('\n1M was not in this run: the 1M figures below are null.');
  else {
    console.log(`\n1M / 10k mean ms per article: ${ratio} (goal <= 1.5): ${ratio !== null && ratio <= 1.5 ? 'met' : 'NOT met'}`);
    console.log(`p99 at 1M: ${million.p99Ms} ms (goal < 20): ${million.p99Ms < 20 ? 'met' : 'NOT met'}`);
  }
  const pick = (mode: Mode, size: number): RunResult | null => results.find((r) => r.mode === mode && r.size === size) ?? null;
  console.log(
    JSON.stringify({
      bench: 'cluster-scale',
      ms_per_article_10k: small?.meanMs ?? null,
      ms_per_article_100k: pick('memory', 100_000)?.meanMs ?? null,
      ms_per_article_1m: million?.meanMs ?? null,
      median_ms_1m: million?.medianMs ?? null,
      p99_ms_10k: small?.p99Ms ?? null,
      p99_ms_1m: million?.p99Ms ?? null,
      peak_rss_mb_10k: small?.peakRssMb ?? null,
      peak_rss_mb_1m: million?.peakRssMb ?? null,
      ratio_1m_to_10k: ratio,
      stream_bcubed_f1_1m: million?.streamF1 ?? null,
      sqlite_ms_per_article_10k: pick('sqlite', 10_000)?.meanMs ?? null,
      unbounded_ms_per_article_10k: pick('memory-unbounded', 10_000)?.meanMs ?? null,
      unbounded_ms_per_article_100k: pick('memory-unbounded', 100_000)?.meanMs ?? null,
      load_average_end: Number(loadavg()[0]?.toFixed(2)),
    }),
  );
}

async function runOne(mode: Mode, size: number): Promise<RunResult> {
  const started = performance.now();
  const templates = await loadTemplates();
  const settings = defaultClusterSettings;
  const times = new Float64Array(size);
  const gold = new Map<string, string>();
  let predicted = new Map<string, string>();
  let stories = 0;
  let activeStories: number | null = null;
  let generatedStories = 0;
  const stream = generateStream(templates, { size, articlesPerDay: ARTICLES_PER_DAY, startMs: START_MS, seed: 20_250_101 });
  if (mode === 'sqlite') {
    const work = mkdtempSync(join(tmpdir(), 'bw-bench-scale-'));
    const store = await openStore({ database: join(work, 'scale.db') });
    try {
      let i = 0;
      for (const { article, story } of stream) {
        const { pivotTerms: _terms, pivotText: _text, ...stored } = article;
        await store.insertArticle(stored);
        const t = performance.now();
        await clusterArticle(store, article, settings);
        times[i++] = performance.now() - t;
        if (i % Math.max(1, Math.floor(size / 10)) === 0) progress(mode, i, size, times, started);
        gold.set(article.id, String(story));
        generatedStories = Math.max(generatedStories, story + 1);
      }
      for (let offset = 0; ; offset += 5000) {
        const page = await store.listArticles({ limit: 5000, offset });
        for (const a of page) predicted.set(a.id, a.storyId ?? a.id);
        if (page.length < 5000) break;
      }
      stories = new Set(predicted.values()).size;
    } finally {
      await store.close();
      rmSync(work, { recursive: true, force: true });
    }
  } else {
    const clusterer = new MemoryClusterer(
      settings,
      mode === 'memory-unbounded' ? { maxPostingsPerKey: Number.POSITIVE_INFINITY, evictAfterDays: Number.POSITIVE_INFINITY } : {},
    );
    let i = 0;
    for (const { article, story } of stream) {
      const t = performance.now();
      clusterer.add(article);
      times[i++] = performance.now() - t;
      if (i % Math.max(1, Math.floor(size / 10)) === 0) progress(mode, i, size, times, started);
      gold.set(article.id, String(story));
      generatedStories = Math.max(generatedStories, story + 1);
    }
    activeStories = clusterer.activeStories();
    globalThis.gc?.();
    predicted = clusterer.assignments();
    stories = clusterer.countStories();
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  globalThis.gc?.();
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
  const quality = bcubed(predicted, gold);
  const sorted = Float64Array.from(times).sort();
  const mean = (list: Float64Array): number => list.reduce((s, v) => s + v, 0) / Math.max(1, list.length);
  const tenth = Math.max(1, Math.floor(size / 10));
  return {
    mode,
    size,
    medianMs: round(sorted[Math.floor(size / 2)] ?? 0),
    p99Ms: round(sorted[Math.floor(size * 0.99)] ?? 0),
    meanMs: round(mean(times)),
    headMeanMs: round(mean(times.subarray(0, tenth))),
    tailMeanMs: round(mean(times.subarray(size - tenth))),
    peakRssMb,
    heapMb,
    stories,
    generatedStories,
    activeStories,
    streamF1: round(quality.f1),
    streamPrecision: round(quality.precision),
    streamRecall: round(quality.recall),
    seconds: Math.round((performance.now() - started) / 1000),
  };
}

function progress(mode: Mode, done: number, size: number, times: Float64Array, started: number): void {
  const tenth = Math.max(1, Math.floor(size / 10));
  const recent = times.subarray(done - tenth, done).reduce((s, v) => s + v, 0) / tenth;
  const rss = Math.round(process.memoryUsage().rss / 1048576);
  console.error(`bench: ${mode} ${done}/${size}: last ${tenth} articles ${recent.toFixed(3)} ms each, RSS ${rss} MB, ${Math.round((performance.now() - started) / 1000)} s, load ${loadavg()[0]?.toFixed(2)}`);
}

function round(v: number): number {
  return Number(v.toFixed(3));
}
