// `npm run bench -- cluster-scale [--runs mode:size,...]`: clustering cost per article on generated streams of 10k, 100k and 1M articles.
// Each run is its own process (so its peak memory is its own). Modes: `memory` (the in-memory clusterer: recluster, bench),
// `sqlite` (clusterArticle against a SQLite store, what the ingest pipeline and the workers run), and `memory-unbounded`
// (the baseline: the same clusterer without the time window on its index, every posting list read whole, nothing evicted),
// and `sqlite-baseline` (clusterArticle with the store's candidate and key-frequency queries as they were before migration
// 0010: every story carrying a key read across the archive, then filtered by time; count(*) for the IDF).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryClusterer, defaultClusterSettings } from '../src/cluster/index.js';
import { clusterArticle } from '../src/pipeline/cluster-pending.js';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { StoryProfile } from '../src/domain/index.js';
import { openStore } from '../src/store/index.js';
import type { CandidateQuery, KeyFrequencies, Store } from '../src/store/store.js';
import { loadKeys, toProfile } from '../src/store/queries/stories.js';
import type { Database } from '../src/store/queries/tables.js';
import { toUtcIsoOrNull } from '../src/store/queries/time.js';
import { describeTemplates, generateStream, loadTemplates, makeRandom } from './lib-scale-stream.js';
import { printTable } from './lib-shared.js';

/** A steady desk: this many articles a day whatever the archive size, so a larger archive means a longer history. */
const ARTICLES_PER_DAY = 2000;
const START_MS = Date.parse('2025-01-01T00:00:00Z');
/** Stories a day in the synthetic archive of the store-query modes (2,000 articles a day, about 4 per story). */
const STORIES_PER_DAY = 500;
const QUERY_KEYS = 40;
const QUERIES = 300;
const MODES = ['memory', 'memory-unbounded', 'sqlite', 'sqlite-baseline', 'store-query', 'store-query-baseline'] as const;
type Mode = (typeof MODES)[number];

interface RunResult {
  mode: Mode;
  size: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  /** CPU time (user + system, process.cpuUsage around each timed call) per article: what other load on the machine barely moves. */
  cpuMeanMs: number;
  loadStart: number;
  loadEnd: number;
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
      'CPU ms': r.cpuMeanMs,
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
      load: `${r.loadStart}-${r.loadEnd}`,
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
      cpu_ms_per_article_10k: small?.cpuMeanMs ?? null,
      cpu_ms_per_article_100k: pick('memory', 100_000)?.cpuMeanMs ?? null,
      cpu_ms_per_article_1m: million?.cpuMeanMs ?? null,
      peak_rss_mb_100k: pick('memory', 100_000)?.peakRssMb ?? null,
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
      sqlite_ms_per_article_100k: pick('sqlite', 100_000)?.meanMs ?? null,
      sqlite_baseline_ms_per_article_10k: pick('sqlite-baseline', 10_000)?.meanMs ?? null,
      sqlite_baseline_ms_per_article_100k: pick('sqlite-baseline', 100_000)?.meanMs ?? null,
      unbounded_ms_per_article_10k: pick('memory-unbounded', 10_000)?.meanMs ?? null,
      unbounded_ms_per_article_100k: pick('memory-unbounded', 100_000)?.meanMs ?? null,
      load_average_end: Number(loadavg()[0]?.toFixed(2)),
    }),
  );
}

async function runOne(mode: Mode, size: number): Promise<RunResult> {
  if (mode === 'store-query' || mode === 'store-query-baseline') return runQueries(mode, size);
  const started = performance.now();
  const loadStart = round(loadavg()[0] ?? 0);
  const templates = await loadTemplates();
  const settings = defaultClusterSettings;
  const times = new Float64Array(size);
  let cpuMs = 0;
  // Compact labels (article i -> generated story, -> predicted story number), so that the bench's own
  // bookkeeping does not weigh in the clusterer's memory: ids are numbered as stories appear.
  const gold = new Int32Array(size);
  const predicted = new Int32Array(size);
  const storyNumber = new Map<string, number>();
  let stories = 0;
  let activeStories: number | null = null;
  let generatedStories = 0;
  let peakRssMb = 0;
  const stream = generateStream(templates, { size, articlesPerDay: ARTICLES_PER_DAY, startMs: START_MS, seed: 20_250_101 });
  const label = (i: number, storyId: string, created: boolean): void => {
    let n = storyNumber.get(storyId);
    if (n === undefined || created) storyNumber.set(storyId, (n = stories++));
    predicted[i] = n;
  };
  if (mode === 'sqlite' || mode === 'sqlite-baseline') {
    const work = mkdtempSync(join(tmpdir(), 'bw-bench-scale-'));
    const opened = await openStore({ database: join(work, 'scale.db') });
    const store = mode === 'sqlite' ? opened : await withBaselineQueries(opened);
    try {
      let i = 0;
      for (const { article, story } of stream) {
        const { pivotTerms: _terms, pivotText: _text, ...stored } = article;
        await store.insertArticle(stored);
        const cpu = process.cpuUsage();
        const t = performance.now();
        await clusterArticle(store, article, settings);
        times[i] = performance.now() - t;
        const used = process.cpuUsage(cpu);
        cpuMs += (used.user + used.system) / 1000;
        i++;
        if (i % Math.max(1, Math.floor(size / 10)) === 0) progress(mode, i, size, times, started);
        generatedStories = Math.max(generatedStories, story + 1);
      }
      peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      // Read back in the store's order: an article id (s<story>-<n>) names its generated story.
      let seq = 0;
      for (let offset = 0; ; offset += 5000) {
        const page = await store.listArticles({ limit: 5000, offset });
        for (const a of page) {
          gold[seq] = Number(/^s(\d+)-/.exec(a.id)?.[1] ?? -1);
          label(seq++, a.storyId ?? a.id, false);
        }
        if (page.length < 5000) break;
      }
      stories = storyNumber.size;
    } finally {
      await store.close();
      rmSync(work, { recursive: true, force: true });
    }
  } else {
    const clusterer = new MemoryClusterer(
      settings,
      mode === 'memory-unbounded'
        ? { maxPostingsPerKey: Number.POSITIVE_INFINITY, evictAfterDays: Number.POSITIVE_INFINITY }
        : { onEvict: (storyId) => storyNumber.delete(storyId) },
    );
    let i = 0;
    for (const { article, story } of stream) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const assigned = clusterer.add(article);
      times[i] = performance.now() - t;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      label(i, assigned.storyId, assigned.created);
      gold[i++] = story;
      if (i % Math.max(1, Math.floor(size / 10)) === 0) progress(mode, i, size, times, started);
      generatedStories = Math.max(generatedStories, story + 1);
    }
    peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    activeStories = clusterer.activeStories();
  }
  globalThis.gc?.();
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
  const quality = compactBcubed(predicted, gold);
  const sorted = Float64Array.from(times).sort();
  const mean = (list: Float64Array): number => list.reduce((s, v) => s + v, 0) / Math.max(1, list.length);
  const tenth = Math.max(1, Math.floor(size / 10));
  return {
    mode,
    size,
    medianMs: round(sorted[Math.floor(size / 2)] ?? 0),
    p99Ms: round(sorted[Math.floor(size * 0.99)] ?? 0),
    meanMs: round(mean(times)),
    cpuMeanMs: round(cpuMs / size),
    loadStart,
    loadEnd: round(loadavg()[0] ?? 0),
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

/**
 * The store's two clustering reads alone (findCandidateStories and keyFrequencies, as clusterArticle
 * runs them) against an archive of `size` stories written straight into SQLite: 500 stories a day,
 * each with 40 keys drawn by Zipf popularity from 200,000 (so common keys have long posting lists).
 * Timed: QUERIES articles of the newest day, each with its own 40 keys, window +- windowDays. A
 * quick way to see the cost at archive sizes the full pipeline cannot reach on this machine.
 */
async function runQueries(mode: Mode, size: number): Promise<RunResult> {
  const started = performance.now();
  const loadStart = round(loadavg()[0] ?? 0);
  const random = makeRandom(7);
  const zipf = (n: number): number => Math.min(n, Math.floor(Math.pow(n + 1, random())));
  const keysOf = (): string[] => [...new Set(Array.from({ length: QUERY_KEYS }, () => `e:k${zipf(200_000)}`))];
  const work = mkdtempSync(join(tmpdir(), 'bw-bench-query-'));
  const opened = await openStore({ database: join(work, 'query.db') });
  const store = mode === 'store-query' ? opened : await withBaselineQueries(opened);
  const db = (opened as unknown as { db: Kysely<Database> }).db;
  const days = Math.ceil(size / STORIES_PER_DAY);
  const at = (day: number): string => new Date(START_MS + day * 86_400_000).toISOString();
  try {
    for (let first = 0; first < size; first += 500) {
      await db.transaction().execute(async (trx) => {
        for (let s = first; s < Math.min(size, first + 500); s++) {
          const day = Math.floor(s / STORIES_PER_DAY);
          const when = at(day);
          const id = `q${s}`;
          await trx
            .insertInto('stories')
            .values({
              id, title: id, lead_article_id: id, article_count: 1, languages: '["en"]', sources: '[]',
              first_published_at: when, first_published_utc: when, last_published_at: when, last_published_utc: when,
              entities: '[]', profile: JSON.stringify({ articleCount: 1, dates: {}, firstPublishedAt: when, lastPublishedAt: when }),
              created_at: when, updated_at: when, updated_utc: when,
            })
            .execute();
          await trx
            .insertInto('story_keys')
            .values(keysOf().map((key) => ({ story_id: id, key, weight: 1, span_first: when, span_last: when })))
            .execute();
        }
      });
    }
    await sql`analyze`.execute(db);
    const times = new Float64Array(QUERIES);
    let cpuMs = 0;
    let found = 0;
    for (let i = 0; i < QUERIES; i++) {
      const keys = keysOf();
      const cpu = process.cpuUsage();
      const t = performance.now();
      const [candidates] = await Promise.all([
        store.findCandidateStories({ keys, from: at(days - 1 - defaultClusterSettings.windowDays), to: at(days + defaultClusterSettings.windowDays), limit: defaultClusterSettings.maxCandidates }),
        store.keyFrequencies(keys),
      ]);
      times[i] = performance.now() - t;
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      found += candidates.length;
    }
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const sorted = Float64Array.from(times).sort();
    const mean = times.reduce((a, v) => a + v, 0) / QUERIES;
    return {
      mode, size,
      medianMs: round(sorted[Math.floor(QUERIES / 2)] ?? 0), p99Ms: round(sorted[Math.floor(QUERIES * 0.99)] ?? 0), meanMs: round(mean),
      cpuMeanMs: round(cpuMs / QUERIES), loadStart, loadEnd: round(loadavg()[0] ?? 0),
      headMeanMs: round(times.subarray(0, QUERIES / 10).reduce((a, v) => a + v, 0) / (QUERIES / 10)),
      tailMeanMs: round(times.subarray(QUERIES - QUERIES / 10).reduce((a, v) => a + v, 0) / (QUERIES / 10)),
      peakRssMb, heapMb: 0, stories: size, generatedStories: size, activeStories: Math.round(found / QUERIES),
      streamF1: 0, streamPrecision: 0, streamRecall: 0,
      seconds: Math.round((performance.now() - started) / 1000),
    };
  } finally {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** BCubed over numbered labels: each item's share of its predicted cluster that is in its gold cluster, and the reverse. */
function compactBcubed(predicted: Int32Array, gold: Int32Array): { precision: number; recall: number; f1: number } {
  const both = new Map<number, number>();
  const predSize = new Map<number, number>();
  const goldSize = new Map<number, number>();
  for (let i = 0; i < predicted.length; i++) {
    const p = predicted[i] as number;
    const g = gold[i] as number;
    both.set(p * 2 ** 21 + g, (both.get(p * 2 ** 21 + g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [pair, c] of both) {
    const p = Math.floor(pair / 2 ** 21);
    const g = pair - p * 2 ** 21;
    precision += (c * c) / (predSize.get(p) as number);
    recall += (c * c) / (goldSize.get(g) as number);
  }
  precision /= Math.max(1, predicted.length);
  recall /= Math.max(1, predicted.length);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * The store with its candidate and key-frequency queries as they were before migration 0010 (and
 * the index they read, story_keys(key, story_id, weight)): the baseline the store path is compared with.
 */
async function withBaselineQueries(store: Store): Promise<Store> {
  const db = (store as unknown as { db: Kysely<Database> }).db;
  await sql`create index if not exists story_keys_key on story_keys (key, story_id, weight)`.execute(db);
  const findCandidateStories = async (query: CandidateQuery): Promise<StoryProfile[]> => {
    const keys = [...new Set(query.keys)];
    if (keys.length === 0 || query.limit === 0) return [];
    const from = toUtcIsoOrNull(query.from, 'from', 'baseline');
    const to = toUtcIsoOrNull(query.to, 'to', 'baseline');
    let select = db
      .selectFrom('story_keys as sk')
      .innerJoin('stories as s', 's.id', 'sk.story_id')
      .select((eb) => ['s.id', 's.profile', eb.fn.sum<number>('sk.weight').as('score')])
      .where('sk.key', 'in', keys);
    if (to !== null) select = select.where((eb) => eb.or([eb('s.first_published_utc', 'is', null), eb('s.first_published_utc', '<=', to)]));
    if (from !== null) select = select.where((eb) => eb.or([eb('s.last_published_utc', 'is', null), eb('s.last_published_utc', '>=', from)]));
    const rows = await select.groupBy('s.id').orderBy('score', 'desc').orderBy('s.id').limit(query.limit).execute();
    const storyKeys = await loadKeys(db, rows.map((row) => row.id));
    return rows.map((row) => toProfile(row, storyKeys.get(row.id) ?? {}));
  };
  const keyFrequencies = async (keys: string[]): Promise<KeyFrequencies> => {
    const total = await db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const counts: Record<string, number> = {};
    const unique = [...new Set(keys)];
    for (const key of unique) counts[key] = 0;
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await db
        .selectFrom('story_keys')
        .select((eb) => ['key', eb.fn.countAll().as('n')])
        .where('key', 'in', unique.slice(i, i + 500))
        .groupBy('key')
        .execute();
      for (const row of rows) counts[row.key] = Number(row.n);
    }
    return { stories: Number(total.n), counts };
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'findCandidateStories') return findCandidateStories;
      if (prop === 'keyFrequencies') return keyFrequencies;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
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
