// Fits the clustering signal weights and thresholds on labelled pairs and writes src/cluster/fitted-weights.ts.
// Run: node --import tsx scripts/fit-cluster-weights.ts [--dry-run] [--without text,numbers] [--dense]
// (--dense adds the dense signal, USE-lite vectors of the pivot texts, and writes src/cluster/fitted-dense-weights.ts instead)
// (--without leaves signals out of the fit at weight 0; the committed weights were made with every signal in:
// word keys are now built for the fit, so the text signal is learnt; time stays hand-set, see below).
// Training data: SemEval-2022 pairs-dev (Overall <= 2 = same story) and the NTREX documents with an
// even index (cross-language pairs of one document = same story; the most similar articles of other
// even documents = different). Odd NTREX documents are never looked at here: the benchmark reports them apart.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeClusterSettings, measureSignals, profileArticle } from '../src/cluster/index.js';
import type { ClusterArticle, ClusterSettings } from '../src/cluster/index.js';
import { loadNtrexBench, loadSemevalBench } from '../bench/lib-cluster-data.js';
import type { BenchArticle } from '../bench/lib-cluster-data.js';
import { clusterInMemory, frequenciesOf, scoreNtrex } from '../bench/lib-cluster-eval.js';
import { attachDenseVectors } from '../bench/lib-dense-vectors.js';
import { repoRoot } from '../bench/lib-shared.js';

/** The time signal cannot be learnt here (neither set is dated): it keeps its hand-set share of the join threshold. */
const withDense = process.argv.includes('--dense');
const ALL_FITTED = ['entities', 'terms', 'numbers', 'pivot', 'text', 'dense'] as const;
const withoutArg = process.argv[process.argv.indexOf('--without') + 1];
const without = process.argv.includes('--without') ? (withoutArg ?? '').split(',') : [];
const FITTED = ALL_FITTED.filter((f) => !without.includes(f) && (withDense || f !== 'dense'));
const TIME_SHARE_OF_THRESHOLD = 2 / 3;
const HARD_NEGATIVES_PER_ARTICLE = 8;

interface Example {
  x: number[];
  y: number;
  weight: number;
}

const dryRun = process.argv.includes('--dry-run');
// Word keys are built only when the text signal is fitted (they cost memory and time per article).
const WORD_KEYS = FITTED.includes('text') ? 300 : 0;
const base = makeClusterSettings({ weights: { entities: 1, terms: 1, numbers: 1, pivot: 1, text: 1, dense: 1, time: 0 }, maxWordKeys: WORD_KEYS });
/** One-article profiles, built once per article (the NTREX pairs compare each article with hundreds of others). */
const profiles = new Map<string, ReturnType<typeof profileArticle>>();
const ntrex = await loadNtrexBench();
const semeval = await loadSemevalBench();
if (withDense) await attachDenseVectors([ntrex, semeval.flatMap((p) => [p.a, p.b])]);

const documents = [...new Set(ntrex.map((a) => a.gold))];
const even = new Set(documents.filter((_, i) => i % 2 === 0));
const train = ntrex.filter((a) => even.has(a.gold));

const fromNtrex = ntrexExamples(train, base);
const fromSemeval = semevalExamples(base);
const examples: Example[] = [...balance(fromNtrex), ...balance(fromSemeval)];
const positives = examples.filter((e) => e.y === 1).length;
console.log(`fit: ${examples.length} pairs (${positives} same story), features ${FITTED.join(', ')}`);
const { w, b } = fitLogistic(examples, 1e-4, 4000, 4);
console.log(`fit: logistic weights ${FITTED.map((f, i) => `${f} ${(w[i] ?? 0).toFixed(3)}`).join(', ')}, intercept ${b.toFixed(3)}`);

// Scale so that the 50% probability line is a score of 1, then choose the join threshold,
// the timeless threshold and the evidence rule by clustering the even half.
const scale = b < 0 ? -b : 1;
const fitted = Object.fromEntries(ALL_FITTED.map((f) => [f, round(Math.max(0, w[FITTED.indexOf(f)] ?? 0) / scale)])) as Record<(typeof ALL_FITTED)[number], number>;
let best: { f1: number; join: number; minEvidence: number } = { f1: -1, join: 1, minEvidence: 1.8 };
for (const join of [0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2]) {
  for (const minEvidence of [1]) {
    const settings = settingsFor(fitted, join, minEvidence);
    const f1 = scoreNtrex(train, clusterInMemory(train, settings)).bcubed.f1;
    if (f1 > best.f1 + 1e-9) best = { f1, join, minEvidence };
  }
}
console.log(`fit: join threshold ${best.join}, min evidence ${best.minEvidence}: even-half BCubed F1 ${best.f1.toFixed(4)}`);

const final = settingsFor(fitted, best.join, best.minEvidence);
const prefix = withDense ? 'fittedDense' : 'fitted';
const file = `// Signal weights and thresholds fitted by scripts/fit-cluster-weights.ts (logistic regression on labelled pairs); regenerate, do not edit.
import type { SignalWeights } from './settings.js';

export const ${prefix}Weights: Readonly<SignalWeights> = Object.freeze(${JSON.stringify(final.weights)});

export const ${prefix}Thresholds = Object.freeze({ joinThreshold: ${final.joinThreshold}, timelessJoinThreshold: ${final.timelessJoinThreshold}, minEvidence: ${final.minEvidence} });

/** Where the weights came from, for the benchmark report. */
export const ${prefix}On = ${JSON.stringify(`${examples.length} pairs (signals fitted: ${FITTED.join(', ')}): SemEval-2022 pairs-dev and even-index NTREX documents (${train.length} articles)`)};
`;
if (dryRun) console.log(file);
else {
  const name = withDense ? 'fitted-dense-weights.ts' : 'fitted-weights.ts';
  writeFileSync(join(repoRoot, 'src', 'cluster', name), file);
  console.log(`fit: wrote src/cluster/${name}`);
}

function settingsFor(weights: Record<(typeof ALL_FITTED)[number], number>, join: number, minEvidence: number): ClusterSettings {
  return makeClusterSettings({
    weights: { ...weights, time: round(TIME_SHARE_OF_THRESHOLD * join) },
    joinThreshold: join,
    // Without time, content alone must carry the join: NTREX is undated, so its threshold is the one fitted.
    timelessJoinThreshold: join,
    minEvidence,
    maxWordKeys: WORD_KEYS,
  });
}

/** Each set, and within it each class, weighs as much in total: neither the larger set nor the class ratio sets the line. */
function balance(list: Example[]): Example[] {
  const pos = list.filter((e) => e.y === 1).length;
  const neg = list.length - pos;
  for (const e of list) e.weight = e.y === 1 ? 0.5 / Math.max(1, pos) : 0.5 / Math.max(1, neg);
  return list;
}

function features(a: ClusterArticle, b: ClusterArticle, freq: ReturnType<typeof frequenciesOf>, settings: ClusterSettings): number[] {
  let profile = profiles.get(b.id);
  if (!profile) profiles.set(b.id, (profile = profileArticle(b, settings)));
  const values = measureSignals(a, profile, freq, settings).values;
  return FITTED.map((f) => values[f]);
}

function ntrexExamples(articles: readonly BenchArticle[], settings: ClusterSettings): Example[] {
  const freq = frequenciesOf(
    articles.map((a) => a.article),
    settings,
  );
  const out: Example[] = [];
  for (const a of articles) {
    const others: Array<{ x: number[]; y: number; sum: number }> = [];
    for (const b of articles) {
      if (b === a || b.article.language === a.article.language) continue;
      const x = features(a.article, b.article, freq, settings);
      others.push({ x, y: a.gold === b.gold ? 1 : 0, sum: x.reduce((s, v) => s + v, 0) });
    }
    for (const o of others.filter((o) => o.y === 1)) out.push({ x: o.x, y: 1, weight: 1 });
    const negatives = others.filter((o) => o.y === 0).sort((p, q) => q.sum - p.sum);
    for (const o of negatives.slice(0, HARD_NEGATIVES_PER_ARTICLE)) out.push({ x: o.x, y: 0, weight: 1 });
  }
  return out;
}

function semevalExamples(settings: ClusterSettings): Example[] {
  const unique = new Map<string, ClusterArticle>();
  for (const p of semeval) for (const s of [p.a, p.b]) unique.set(s.article.id, s.article);
  const freq = frequenciesOf([...unique.values()], settings);
  return semeval.map((p) => ({ x: features(p.a.article, p.b.article, freq, settings), y: p.overall <= 2 ? 1 : 0, weight: 1 }));
}

/** Weighted logistic regression by full-batch gradient descent with L2 on the weights (not the intercept). */
function fitLogistic(data: readonly Example[], l2: number, steps: number, rate: number): { w: number[]; b: number } {
  const d = data[0]?.x.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = data.reduce((s, e) => s + e.weight, 0);
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const e of data) {
      const z = b + e.x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0);
      const err = (1 / (1 + Math.exp(-z)) - e.y) * e.weight;
      for (let i = 0; i < d; i++) gw[i] = (gw[i] ?? 0) + err * (e.x[i] ?? 0);
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i] = (w[i] ?? 0) - rate * ((gw[i] ?? 0) / total + l2 * (w[i] ?? 0));
    b -= (rate * gb) / total;
  }
  return { w, b };
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}


