// Dense vectors for the clustering benchmarks: each article's pivot text embedded once with USE-lite, cached in .bench-cache/ by text hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UseLiteEmbedder, denseText, packVector, toUnitLength, unpackVector } from '../src/embed/index.js';
import type { Embedder } from '../src/embed/index.js';
import type { BenchArticle } from './lib-cluster-data.js';
import { repoRoot } from './lib-shared.js';

/** Words of the pivot text embedded (title first): the same bound the pipeline uses by default. */
export const DENSE_MAX_WORDS = 64;

export interface DenseCost {
  texts: number;
  wallMs: number;
  cpuMs: number;
}

const cacheDir = join(repoRoot, '.bench-cache');

function cachePath(embedder: Embedder, maxWords: number): string {
  return join(cacheDir, `dense-${embedder.name}-w${maxWords}-v1.json`);
}

/**
 * Sets `article.denseVector` (unit length) on every article that has a pivot text, embedding only the
 * texts not cached yet. Returns the cost of what was embedded in this call.
 */
export async function attachDenseVectors(
  lists: readonly (readonly BenchArticle[])[],
  embedder: Embedder = new UseLiteEmbedder(),
  maxWords = DENSE_MAX_WORDS,
): Promise<DenseCost> {
  const path = cachePath(embedder, maxWords);
  const cache = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  const textOf = new Map<BenchArticle, string>();
  for (const list of lists) for (const a of list) if (a.pivotText) textOf.set(a, denseText(a.pivotText, maxWords));
  const missing = [...new Set([...textOf.values()].filter((t) => cache[hash(t)] === undefined))];
  const cost: DenseCost = { texts: missing.length, wallMs: 0, cpuMs: 0 };
  if (missing.length > 0) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < missing.length; i += 64) {
      process.stderr.write(`bench: embedding ${i}/${missing.length}\r`);
      const batch = missing.slice(i, i + 64);
      const vectors = await embedder.embed(batch);
      batch.forEach((t, j) => (cache[hash(t)] = Buffer.from(packVector(vectors[j] as Float32Array)).toString('base64')));
    }
    const used = process.cpuUsage(cpu);
    cost.wallMs = performance.now() - started;
    cost.cpuMs = (used.user + used.system) / 1000;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path, JSON.stringify(cache));
  }
  for (const [a, t] of textOf) {
    const packed = cache[hash(t)];
    a.article.denseVector = packed === undefined ? null : toUnitLength(unpackVector(Buffer.from(packed, 'base64')));
  }
  return cost;
}

/** Embeds a sample afresh (no cache) to measure the cost per article: wall and CPU milliseconds per text. */
export async function measureDenseCost(articles: readonly BenchArticle[], embedder: Embedder, maxWords = DENSE_MAX_WORDS): Promise<DenseCost & { loadMs: number }> {
  const texts = articles.filter((a) => a.pivotText).map((a) => denseText(a.pivotText as string, maxWords));
  const loadStart = performance.now();
  await embedder.embed(['warm up']);
  const loadMs = performance.now() - loadStart;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await embedder.embed(texts);
  const used = process.cpuUsage(cpu);
  return { texts: texts.length, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, loadMs };
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}
