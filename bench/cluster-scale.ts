// `npm run bench -- cluster-scale [sizes...]`: clustering cost per article on generated streams of 10k, 100k (and more) articles.
// Each size runs in its own process (so peak memory is that size's); the stream is built from the cached NTREX articles.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ClusterArticle } from '../src/cluster/index.js';
import { MemoryClusterer, defaultClusterSettings } from '../src/cluster/index.js';
import type { BenchArticle } from './lib-cluster-data.js';
import { loadNtrexBench } from './lib-cluster-data.js';
import { printTable } from './lib-shared.js';

/** A steady desk: this many articles a day, whatever the archive size, so that a larger archive means a longer history. */
const ARTICLES_PER_DAY = 2000;
const START_MS = Date.parse('2025-01-01T00:00:00Z');

interface SizeResult {
  size: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  /** Mean over the last tenth of the stream: the cost once the archive is that large. */
  tailMeanMs: number;
  peakRssMb: number;
  stories: number;
  activeStories: number;
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
  const size = Number(process.argv[child + 1]);
  console.log(JSON.stringify(await runSize(size)));
} else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const wanted = sizes.length > 0 ? sizes : [10_000, 100_000];
  await loadNtrexBench(); // fills the cache once, before the children read it
  const results: SizeResult[] = [];
  for (const size of wanted) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.error(`bench: size ${size} failed (exit ${r.status})`);
      process.exit(1);
    }
    results.push(JSON.parse(line) as SizeResult);
    console.error(`bench: ${size} done`);
  }
  console.log(`Generated streams at ${ARTICLES_PER_DAY} articles/day from the 615 NTREX articles (stories of 1-60 articles, Zipf-like sizes)`);
  printTable(
    results.map((r) => ({
      articles: r.size,
      days: Math.round(r.size / ARTICLES_PER_DAY),
      'median ms': r.medianMs,
      'p99 ms': r.p99Ms,
      'mean ms': r.meanMs,
      'last-10% mean ms': r.tailMeanMs,
      'peak RSS MB': r.peakRssMb,
      stories: r.stories,
      'stories in index': r.activeStories,
    })),
  );
  const first = results[0] as SizeResult;
  const last = results.at(-1) as SizeResult;
  const oneMillion = results.find((r) => r.size >= 1_000_000) ?? null;
  if (!oneMillion) {
    console.log(
      `\n1M not run here (it would take ${Math.round((last.meanMs * 1e6) / 60000)} min at the measured rate); the figures for 1M below are the largest size measured (${last.size}), ` +
        'since the per-article cost depends on the articles inside the time window, not on the archive.',
    );
  }
  const big = oneMillion ?? last;
  console.log(
    JSON.stringify({
      bench: 'cluster-scale',
      ms_per_article_10k: first.meanMs,
      ms_per_article_1m: big.meanMs,
      p99_ms_1m: big.p99Ms,
      peak_rss_mb_1m: big.peakRssMb,
      largest_size_measured: big.size,
      extrapolated_1m: oneMillion === null,
      ratio_largest_to_10k: Number((big.meanMs / first.meanMs).toFixed(3)),
    }),
  );
}

async function runSize(size: number): Promise<SizeResult> {
  const base = await loadNtrexBench();
  const clusterer = new MemoryClusterer(defaultClusterSettings);
  const times = new Float64Array(size);
  const random = makeRandom(size);
  let produced = 0;
  let storySeq = 0;
  // Stories open over the stream; each spreads its articles over hours to days after it starts.
  const pending: Array<{ at: number; article: ClusterArticle }> = [];
  while (produced < size) {
    const startMs = START_MS + (produced / ARTICLES_PER_DAY) * 86_400_000;
    const storySize = Math.min(60, Math.max(1, Math.floor(1 / Math.pow(random(), 0.9)) - 0));
    const doc = base[Math.floor(random() * base.length)] as BenchArticle;
    const versions = base.filter((b) => b.gold === doc.gold);
    for (let i = 0; i < storySize && produced < size; i++, produced++) {
      const v = versions[Math.floor(random() * versions.length)] as BenchArticle;
      const at = startMs + -Math.log(1 - random()) * 18 * 3_600_000;
      pending.push({ at, article: perturb(v.article, `g${storySeq}-${i}`, new Date(at).toISOString(), random) });
    }
    storySeq++;
  }
  pending.sort((a, b) => a.at - b.at);
  for (let i = 0; i < pending.length; i++) {
    const t = performance.now();
    clusterer.add((pending[i] as { article: ClusterArticle }).article);
    times[i] = performance.now() - t;
    pending[i] = undefined as unknown as { at: number; article: ClusterArticle }; // let the article go once clustered
  }
  const sorted = Float64Array.from(times).sort();
  const mean = times.reduce((s, v) => s + v, 0) / size;
  const tail = times.subarray(Math.floor(size * 0.9));
  return {
    size,
    medianMs: round(sorted[Math.floor(size / 2)] ?? 0),
    p99Ms: round(sorted[Math.floor(size * 0.99)] ?? 0),
    meanMs: round(mean),
    tailMeanMs: round(tail.reduce((s, v) => s + v, 0) / tail.length),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    stories: clusterer.storyMembers().size,
    activeStories: clusterer.activeStories(),
  };
}

/** A variant of an article: a random part of its terms, entities and pivot, a new id and time. */
function perturb(a: ClusterArticle, id: string, publishedAt: string, random: () => number): ClusterArticle {
  const keep = <T>(list: readonly T[] | null | undefined): T[] => (list ?? []).filter(() => random() < 0.75);
  const sentences = (a.pivotText ?? '').split(/(?<=\.)\s+/u).filter(() => random() < 0.75);
  return {
    ...a,
    id,
    ref: id,
    contentHash: id,
    publishedAt,
    entities: keep(a.entities),
    terms: keep(a.terms),
    pivotTerms: a.pivotTerms ? keep(a.pivotTerms) : null,
    pivotText: a.pivotText ? sentences.join(' ') : null,
    // The numbers signal reads the text: keep a part of it too.
    text: a.text.split('\n\n').filter(() => random() < 0.75).join('\n\n'),
  };
}

/** Small deterministic PRNG (mulberry32), seeded by the size so each stream is reproducible. */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(v: number): number {
  return Number(v.toFixed(3));
}
