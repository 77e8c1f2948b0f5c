// `npm run bench -- cluster`: clustering quality on NTREX (BCubed, per language pair) and SemEval-2022 pairs, the seeds, and an ablation per signal.
// Inputs are enriched and translated once (cached in .bench-cache/); clustering runs in memory with the production scorer.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultClusterSettings, denseSignalWeight, fittedDenseClusterSettings, fittedDenseOn, fittedOn, handSetClusterSettings, makeClusterSettings, SIGNALS } from '../src/cluster/index.js';
import { UseLiteEmbedder, cosine } from '../src/embed/index.js';
import { attachDenseVectors, DENSE_MAX_WORDS, measureDenseCost } from './lib-dense-vectors.js';
import type { ClusterSettings } from '../src/cluster/index.js';
import { loadConfig } from '../src/config/index.js';
import { ingestPaths, openServices } from '../src/pipeline/index.js';
import type { BenchArticle, SemevalPair } from './lib-cluster-data.js';
import { loadNtrexBench, loadSemevalBench } from './lib-cluster-data.js';
import { clusterInMemory, decisionF1, pearson, scoreNtrex, scorePairs, tfidfCosines } from './lib-cluster-eval.js';
import { printTable, sharedPath } from './lib-shared.js';

const started = performance.now();
const ntrex = await loadNtrexBench();
const semeval = await loadSemevalBench();
// The headline figures are the default settings' (fitted weights); the hand-set weights of the first version are the baseline.
// Sentence vectors (cached in .bench-cache/): they change nothing while the dense weight is 0, as in every setting but the dense ones below.
await attachDenseVectors([ntrex, semeval.flatMap((p) => [p.a, p.b])]);
const settings = defaultClusterSettings as ClusterSettings;
const handSet = handSetClusterSettings as ClusterSettings;
console.log(`default (handSet) weights: ${JSON.stringify(settings.weights)}; join ${settings.joinThreshold}, timeless ${settings.timelessJoinThreshold}, evidence ${settings.minEvidence}, max present scale ${settings.maxPresentScale}`);
console.log(`hand-set weights (old default): ${JSON.stringify(handSet.weights)}; join ${handSet.joinThreshold}, timeless ${handSet.timelessJoinThreshold}, evidence ${handSet.minEvidence}`);
console.log(`fitted on ${fittedOn}\n`);

// NTREX: all 615 in the file order (language by language, as the ingest benchmark feeds them), and the held-out odd documents.
const documents = [...new Set(ntrex.map((a) => a.gold))];
const odd = new Set(documents.filter((_, i) => i % 2 === 1));
const oddArticles = ntrex.filter((a) => odd.has(a.gold));
const all = scoreNtrex(ntrex, clusterInMemory(ntrex, settings));
const held = scoreNtrex(oddArticles, clusterInMemory(oddArticles, settings));
const handSetAll = scoreNtrex(ntrex, clusterInMemory(ntrex, handSet));
const handSetHeld = scoreNtrex(oddArticles, clusterInMemory(oddArticles, handSet));
// The merge and split pass that follows clustering in the pipeline (reviseStories).
const revised = scoreNtrex(ntrex, clusterInMemory(ntrex, settings, true));
const handSetRevised = scoreNtrex(ntrex, clusterInMemory(ntrex, handSet, true));
const singletons = scoreNtrex(ntrex, new Map(ntrex.map((a) => [a.article.id, a.article.id])));
console.log('NTREX (615 articles, 123 gold stories):');
printTable([
  row('default (handSet), all documents', all),
  row('default, odd documents only (never fitted on)', held),
  row('default + merge/split pass, all documents', revised),
  row('hand-set (old default), all documents', handSetAll),
  row('hand-set, odd documents only', handSetHeld),
  row('hand-set + merge/split pass, all documents', handSetRevised),
  row('baseline: every article alone', singletons),
]);
console.log('\nPer language pair (BCubed over the two languages, all documents):');
printTable(
  Object.entries(all.pairs).map(([pair, p]) => ({
    pair,
    'B3 P': p.precision,
    'B3 R': p.recall,
    'B3 F1': p.f1,
    'odd-half F1': held.pairs[pair]?.f1 ?? NaN,
    'hand-set F1': handSetAll.pairs[pair]?.f1 ?? NaN,
  })),
);

// SemEval: our pair similarity against -Overall, and the same-story decision against Overall <= 2.
const pairScores = scorePairs(semeval, settings);
const gold = semeval.map((p) => -p.overall);
const ours = pearson(
  pairScores.map((s) => s.score),
  gold,
);
const tfidf = tfidfCosines(semeval);
const baseline = pearson(tfidf, gold);
const decision = decisionF1(
  pairScores.map((s) => s.same),
  semeval,
);
console.log('\nSemEval-2022 pairs-dev: Pearson r with -Overall, per language pair');
const byPair = new Map<string, number[]>();
semeval.forEach((p, i) => {
  const key = `${p.lang1}-${p.lang2}`;
  byPair.set(key, [...(byPair.get(key) ?? []), i]);
});
printTable(
  [...[...byPair].sort((a, b) => b[1].length - a[1].length), ['all', semeval.map((_, i) => i)] as [string, number[]]].map(([pair, idx]) => ({
    pair,
    pairs: idx.length,
    'babelwire r': pearson(
      idx.map((i) => pairScores[i]?.score ?? 0),
      idx.map((i) => gold[i] ?? 0),
    ),
    'TF-IDF cosine r': pearson(
      idx.map((i) => tfidf[i] ?? 0),
      idx.map((i) => gold[i] ?? 0),
    ),
  })),
);
const handSetPairs = scorePairs(semeval, handSet);
const handSetPearson = pearson(
  handSetPairs.map((s) => s.score),
  gold,
);
const handSetDecision = decisionF1(
  handSetPairs.map((s) => s.same),
  semeval,
);
console.log(`hand-set weights (old default): Pearson ${handSetPearson.toFixed(4)}, same-story F1 ${handSetDecision.f1.toFixed(4)}`);
console.log(`same-story decision (Overall <= 2): P ${decision.precision.toFixed(4)} R ${decision.recall.toFixed(4)} F1 ${decision.f1.toFixed(4)}`);

// Ablation: each signal switched off (weight 0), on the default settings, where every signal has a weight.
console.log('\nAblation (default settings, one signal off at a time):');
const ablation = [{ signal: 'none (all on)', ntrex: all.bcubed.f1, minPair: all.minDeRuPairF1, semeval: ours }];
for (const signal of SIGNALS) {
  const off = makeClusterSettings({ weights: { ...settings.weights, [signal]: 0 } });
  const n = scoreNtrex(ntrex, clusterInMemory(ntrex, off));
  const s = pearson(
    scorePairs(semeval, off).map((x) => x.score),
    gold,
  );
  ablation.push({ signal: `${signal} off`, ntrex: n.bcubed.f1, minPair: n.minDeRuPairF1, semeval: s });
}
{
  // Scores not stretched to the signals both sides have (the hand-set scale).
  const off = makeClusterSettings({ maxPresentScale: 1 });
  const n = scoreNtrex(ntrex, clusterInMemory(ntrex, off));
  const r = pearson(
    scorePairs(semeval, off).map((x) => x.score),
    gold,
  );
  ablation.push({ signal: 'maxPresentScale 1 (no stretch)', ntrex: n.bcubed.f1, minPair: n.minDeRuPairF1, semeval: r });
}
printTable(ablation.map((a) => ({ signal: a.signal, 'NTREX B3 F1': a.ntrex, 'min de/ru pair F1': a.minPair, 'SemEval r': a.semeval })));
console.log('(time is 0 on both sets: neither gives publication times; the demo corpus and the seeds do)');

// Dense vectors: USE-lite on the first words of each pivot text, alone and as one more signal.
console.log(`\nDense vectors (USE-lite, first ${DENSE_MAX_WORDS} words of the pivot text; fitted with the dense signal on ${fittedDenseOn}):`);
const withVectors = semeval.filter((p) => p.a.article.denseVector && p.b.article.denseVector);
const denseCos = (p: SemevalPair): number => (p.a.article.denseVector && p.b.article.denseVector ? cosine(p.a.article.denseVector, p.b.article.denseVector) : 0);
const denseAlone = pearson(semeval.map(denseCos), gold);
const denseAloneCovered = pearson(withVectors.map(denseCos), withVectors.map((p) => -p.overall));
console.log(`dense cosine alone: SemEval Pearson ${denseAlone.toFixed(4)} over all ${semeval.length} pairs (0 where a side has no English pivot), ${denseAloneCovered.toFixed(4)} over the ${withVectors.length} pairs with both vectors`);
const denseDefault = makeClusterSettings({ ...settings, weights: { ...settings.weights, dense: denseSignalWeight } });
const denseFitted = fittedDenseClusterSettings as ClusterSettings;
const denseRuns = [
  { name: 'default (handSet) weights, dense off', s: settings, n: all, h: held },
  { name: `default + dense ${denseSignalWeight}`, s: denseDefault },
  { name: 'weights refit with dense', s: denseFitted },
].map((r) => {
  const n = r.n ?? scoreNtrex(ntrex, clusterInMemory(ntrex, r.s));
  const h = r.h ?? scoreNtrex(oddArticles, clusterInMemory(oddArticles, r.s));
  const pairs = scorePairs(semeval, r.s);
  return { ...r, n, h, r: pearson(pairs.map((x) => x.score), gold), f1: decisionF1(pairs.map((x) => x.same), semeval).f1 };
});
printTable(denseRuns.map((r) => ({ settings: r.name, 'NTREX B3 F1': r.n.bcubed.f1, 'min de/ru pair F1': r.n.minDeRuPairF1, 'odd-half F1': r.h.bcubed.f1, 'SemEval r': r.r, 'same-story F1': r.f1 })));
console.log('NTREX BCubed F1 per language pair, dense off and on:');
printTable(
  Object.keys(all.pairs).map((pair) => ({
    pair,
    default: all.pairs[pair]?.f1 ?? NaN,
    [`default + dense`]: denseRuns[1]?.n.pairs[pair]?.f1 ?? NaN,
    'refit with dense': denseRuns[2]?.n.pairs[pair]?.f1 ?? NaN,
  })),
);
// Cost: a fresh model on 40 NTREX articles (one language each of 8 documents), not cached; CPU time is what the load on the machine barely moves.
const sample = ntrex.filter((_, i) => i % 15 === 0).slice(0, 40);
const cost = await measureDenseCost(sample, new UseLiteEmbedder());
const denseCpuMs = cost.cpuMs / cost.texts;
const denseWallMs = cost.wallMs / cost.texts;
console.log(`embedding cost: ${cost.texts} articles, ${denseWallMs.toFixed(1)} ms wall and ${denseCpuMs.toFixed(1)} ms CPU per article (model load ${cost.loadMs.toFixed(0)} ms, once per process)`);
const denseSeedsOk = await checkSeeds({ BABELWIRE_CLUSTER_DENSE: 'on' });
console.log(`seeds with the dense signal on: ${denseSeedsOk === null ? 'skipped' : denseSeedsOk ? 'expected grouping holds' : 'EXPECTED GROUPING BROKEN'}`);

const seedsOk = await checkSeeds();
console.log(`\nseeds: ${seedsOk === null ? 'skipped (../shared/seeds absent)' : seedsOk ? 'expected grouping holds' : 'EXPECTED GROUPING BROKEN'}`);
console.log(`elapsed ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  JSON.stringify({
    bench: 'cluster',
    ntrex_bcubed_precision: fix(all.bcubed.precision),
    ntrex_bcubed_recall: fix(all.bcubed.recall),
    ntrex_bcubed_f1: fix(all.bcubed.f1),
    ntrex_pairwise_f1: fix(all.pairwise.f1),
    ntrex_min_pair_bcubed_f1: fix(all.minDeRuPairF1),
    ntrex_odd_half_bcubed_f1: fix(held.bcubed.f1),
    semeval_pearson: fix(ours),
    semeval_f1: fix(decision.f1),
    tfidf_baseline_pearson: fix(baseline),
    seeds_ok: seedsOk === true,
    handset_ntrex_bcubed_f1: fix(handSetAll.bcubed.f1),
    handset_ntrex_min_pair_bcubed_f1: fix(handSetAll.minDeRuPairF1),
    handset_ntrex_odd_half_bcubed_f1: fix(handSetHeld.bcubed.f1),
    handset_semeval_pearson: fix(handSetPearson),
    handset_semeval_f1: fix(handSetDecision.f1),
    revised_ntrex_bcubed_f1: fix(revised.bcubed.f1),
    handset_revised_ntrex_bcubed_f1: fix(handSetRevised.bcubed.f1),
    dense_alone_semeval_pearson: fix(denseAlone),
    dense_ntrex_bcubed_f1: fix(denseRuns[1]?.n.bcubed.f1 ?? NaN),
    dense_ntrex_min_pair_bcubed_f1: fix(denseRuns[1]?.n.minDeRuPairF1 ?? NaN),
    dense_semeval_pearson: fix(denseRuns[1]?.r ?? NaN),
    fitted_dense_ntrex_bcubed_f1: fix(denseRuns[2]?.n.bcubed.f1 ?? NaN),
    fitted_dense_ntrex_min_pair_bcubed_f1: fix(denseRuns[2]?.n.minDeRuPairF1 ?? NaN),
    fitted_dense_semeval_pearson: fix(denseRuns[2]?.r ?? NaN),
    dense_cpu_ms_per_article: fix(denseCpuMs),
    dense_wall_ms_per_article: fix(denseWallMs),
    dense_seeds_ok: denseSeedsOk === true,
  }),
);
if (seedsOk === null) process.exitCode = 3;

function row(system: string, s: ReturnType<typeof scoreNtrex>): Record<string, string | number> {
  return {
    system,
    'B3 P': s.bcubed.precision,
    'B3 R': s.bcubed.recall,
    'B3 F1': s.bcubed.f1,
    'pair F1': s.pairwise.f1,
    'min de/ru pair B3 F1': s.minDeRuPairF1,
  };
}

function fix(v: number): number {
  return Number(v.toFixed(4));
}

/** The five seeds through the real pipeline (SQLite, translation, clustering): {000,001}, {003,004}, 002 never with May. */
async function checkSeeds(env: Record<string, string> = {}): Promise<boolean | null> {
  const seeds = sharedPath('seeds');
  if (!existsSync(seeds)) return null;
  const dir = await mkdtemp(join(tmpdir(), 'bw-bench-seeds-'));
  const services = await openServices(loadConfig({ ...process.env, ...env, BABELWIRE_DB: join(dir, 'seeds.db') }));
  try {
    await ingestPaths([seeds], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    const articles = await services.store.listArticles({ limit: 10 });
    const storyOf = (prefix: string): string | null => articles.find((a) => a.ref.split('/').pop()?.startsWith(prefix))?.storyId ?? null;
    const [s0, s1, s2, s3, s4] = ['000', '001', '002', '003', '004'].map(storyOf);
    return s0 !== null && s0 === s1 && s3 !== null && s3 === s4 && s0 !== s3 && s2 !== s0;
  } finally {
    await services.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export type { BenchArticle, SemevalPair };
