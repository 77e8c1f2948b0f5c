// `npm run bench -- ingest`: NTREX (615 articles, 5 languages, 123 gold stories) through the full pipeline on SQLite.
// Prints throughput per stage, peak memory, and the stories' BCubed/pairwise quality, with trivial baselines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/index.js';
import { ingestPaths, openServices } from '../src/pipeline/index.js';
import { bcubed, pairwise } from './lib-cluster-metrics.js';
import { loadNtrexArticles, ntrexLanguages } from './lib-ntrex.js';
import { printTable } from './lib-shared.js';

const articles = loadNtrexArticles();
const work = mkdtempSync(join(tmpdir(), 'bw-bench-ingest-'));
try {
  // One JSONL file per language, so that the sources stage (reading, decoding, validating) is measured too.
  for (const language of Object.values(ntrexLanguages)) {
    const lines = articles
      .filter((a) => a.language === language)
      .map((a) => JSON.stringify({ title: a.title, text: a.text, url: `https://ntrex.invalid/${a.key}`, source: 'NTREX-128' }));
    writeFileSync(join(work, `ntrex-${language}.jsonl`), `${lines.join('\n')}\n`);
  }
  const config = loadConfig({ ...process.env, BABELWIRE_DB: join(work, 'bench.db') });
  const startedLoad = performance.now();
  const services = await openServices(config);
  const loadMs = performance.now() - startedLoad;
  const summary = await ingestPaths([work], services, { maxFileBytes: config.ingest.maxFileBytes, cluster: services.clusterSettings });
  const stored = await services.store.listArticles({ limit: 10_000 });
  await services.close();

  const predicted = new Map<string, string>();
  for (const a of stored) if (a.url && a.storyId) predicted.set(a.url.replace('https://ntrex.invalid/', ''), a.storyId);
  const gold = new Map(articles.map((a) => [a.key, a.document]));
  const detected = new Map(stored.map((a) => [a.url?.replace('https://ntrex.invalid/', '') ?? '', a.language]));

  console.log(`NTREX ingest: ${summary.ingested} articles from ${summary.files} files, ${summary.failed.length} failed, ${summary.newStories} stories`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}; model/gazetteer load ${Math.round(loadMs)} ms (not in the totals)\n`);
  const n = summary.ingested || 1;
  printTable([
    ...Object.entries(summary.stageMs).map(([stage, ms]) => ({ stage, 'ms total': Math.round(ms), 'ms/article': ms / n, 'articles/s': (n * 1000) / ms })),
    { stage: 'all (wall)', 'ms total': Math.round(summary.elapsedMs), 'ms/article': summary.elapsedMs / n, 'articles/s': (n * 1000) / summary.elapsedMs },
  ]);

  const singletons = new Map(articles.map((a) => [a.key, a.key]));
  const oneStory = new Map(articles.map((a) => [a.key, 'all']));
  console.log('\nClustering against the 123 gold documents (BCubed / pairwise):');
  const rows = [
    ['babelwire', predicted],
    ['baseline: every article alone', singletons],
    ['baseline: one story for all', oneStory],
  ] as const;
  printTable(
    rows.map(([name, clusters]) => {
      const b = bcubed(clusters, gold);
      const p = pairwise(clusters, gold);
      return { system: name, 'B3 P': b.precision, 'B3 R': b.recall, 'B3 F1': b.f1, 'pair P': p.precision, 'pair R': p.recall, 'pair F1': p.f1 };
    }),
  );
  console.log('\nPer language (BCubed over the articles of that language, in the whole clustering):');
  printTable(
    Object.values(ntrexLanguages).map((language) => {
      const items = articles.filter((a) => a.language === language).map((a) => a.key);
      const b = bcubed(predicted, gold, items);
      const langOk = items.filter((k) => detected.get(k) === language).length / items.length;
      return { language, articles: items.length, 'B3 P': b.precision, 'B3 R': b.recall, 'B3 F1': b.f1, 'language detected': langOk };
    }),
  );
  const b = bcubed(predicted, gold);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak RSS ${peakRssMb.toFixed(0)} MB`);
  console.log(
    JSON.stringify({
      bench: 'ingest',
      articles: summary.ingested,
      articles_per_s: Number(((n * 1000) / summary.elapsedMs).toFixed(2)),
      // Stored, enriched and clustered, before the (queued, non-blocking) translation pass.
      articles_per_s_without_translation: Number(((n * 1000) / (summary.elapsedMs - (summary.stageMs.translate ?? 0))).toFixed(2)),
      translated: summary.translated,
      peak_rss_mb: Number(peakRssMb.toFixed(1)),
      stories: summary.newStories,
      ntrex_bcubed_precision: Number(b.precision.toFixed(4)),
      ntrex_bcubed_recall: Number(b.recall.toFixed(4)),
      ntrex_bcubed_f1: Number(b.f1.toFixed(4)),
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
