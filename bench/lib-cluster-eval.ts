// Clustering evaluation shared by the cluster benchmark and the weight fitting: NTREX runs, SemEval pair scores, TF-IDF baseline.
import { MemoryClusterer, decideStory, explainPair, profileArticle, reviseStories } from '../src/cluster/index.js';
import type { ClusterArticle, ClusterSettings, KeyFrequencies } from '../src/cluster/index.js';
import { articleKeys } from '../src/cluster/index.js';
import type { BenchArticle, SemevalPair } from './lib-cluster-data.js';
import { bcubed, pairwise, type PRF } from './lib-cluster-metrics.js';

/** Clusters the articles in the given order; returns article id -> story id. With `revise`, the merge and split pass follows. */
export function clusterInMemory(articles: readonly BenchArticle[], settings: ClusterSettings, revise = false): Map<string, string> {
  const clusterer = new MemoryClusterer(settings);
  for (const a of articles) clusterer.add(a.article);
  if (!revise) return clusterer.assignments();
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const keys = new Set<string>();
  for (const a of articles) for (const key of Object.keys(articleKeys(a.article, settings))) keys.add(key);
  const groups = [...clusterer.storyMembers()].map(([id, members]) => ({ id, articles: members.map((m) => byId.get(m) as ClusterArticle) }));
  const plan = reviseStories(groups, clusterer.frequencies([...keys]), settings);
  return new Map(plan.stories.flatMap((s) => s.articles.map((a) => [a.id, s.id] as const)));
}

export interface NtrexScores {
  bcubed: PRF;
  pairwise: PRF;
  /** `de-en` etc.: BCubed over the articles of the two languages, clusters cut down to them. */
  pairs: Record<string, PRF>;
  minPairF1: number;
  /** Minimum over the pairs involving German or Russian (the goal). */
  minDeRuPairF1: number;
}

export function scoreNtrex(articles: readonly BenchArticle[], predicted: Map<string, string>): NtrexScores {
  const gold = new Map(articles.map((a) => [a.article.id, a.gold]));
  const languages = [...new Set(articles.map((a) => a.article.language))].sort();
  const pairs: Record<string, PRF> = {};
  for (let i = 0; i < languages.length; i++) {
    for (let j = i + 1; j < languages.length; j++) {
      const keep = new Set(articles.filter((a) => a.article.language === languages[i] || a.article.language === languages[j]).map((a) => a.article.id));
      pairs[`${languages[i]}-${languages[j]}`] = bcubed(restrict(predicted, keep), restrict(gold, keep));
    }
  }
  const f1s = Object.values(pairs).map((p) => p.f1);
  const deRu = Object.entries(pairs)
    .filter(([name]) => /\b(de|ru)\b/.test(name))
    .map(([, p]) => p.f1);
  return {
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    pairs,
    minPairF1: Math.min(...f1s),
    minDeRuPairF1: Math.min(...deRu),
  };
}

function restrict(map: Map<string, string>, keep: Set<string>): Map<string, string> {
  return new Map([...map].filter(([k]) => keep.has(k)));
}

/** Story frequencies of keys over a set of articles taken as one-article stories: the IDF a pair is scored with. */
export function frequenciesOf(articles: readonly ClusterArticle[], settings: ClusterSettings): KeyFrequencies {
  const counts: Record<string, number> = {};
  for (const a of articles) for (const key of Object.keys(articleKeys(a, settings))) counts[key] = (counts[key] ?? 0) + 1;
  return { stories: articles.length, counts };
}

export interface PairScore {
  score: number;
  same: boolean;
  signals: Record<string, number>;
}

/** Our similarity and same-story decision for each pair. */
export function scorePairs(pairs: readonly SemevalPair[], settings: ClusterSettings): PairScore[] {
  const unique = new Map<string, ClusterArticle>();
  for (const p of pairs) for (const s of [p.a, p.b]) unique.set(s.article.id, s.article);
  const freq = frequenciesOf([...unique.values()], settings);
  return pairs.map((p) => {
    const reason = explainPair(p.a.article, p.b.article, freq, settings);
    const same = decideStory(p.a.article, [profileArticle(p.b.article, settings)], freq, settings).kind === 'join';
    return { score: reason.score, same, signals: reason.signals };
  });
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Plain TF-IDF cosine of the raw texts (lower-cased words, IDF over all texts of the set): the baseline. */
export function tfidfCosines(pairs: readonly SemevalPair[]): number[] {
  const tokens = (a: BenchArticle): Map<string, number> => {
    const tf = new Map<string, number>();
    for (const w of `${a.article.title}\n${a.article.text}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  };
  const docs = new Map<string, Map<string, number>>();
  for (const p of pairs) for (const s of [p.a, p.b]) if (!docs.has(s.article.id)) docs.set(s.article.id, tokens(s));
  const df = new Map<string, number>();
  for (const tf of docs.values()) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.size;
  const vector = (tf: Map<string, number>): Map<string, number> =>
    new Map([...tf].map(([w, c]) => [w, (1 + Math.log(c)) * Math.log(1 + n / (df.get(w) ?? 1))]));
  return pairs.map((p) => cosine(vector(docs.get(p.a.article.id) as Map<string, number>), vector(docs.get(p.b.article.id) as Map<string, number>)));
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const o = b.get(k);
    if (o !== undefined) dot += v * o;
  }
  for (const v of b.values()) nb += v * v;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** F1 of a yes/no decision against `Overall <= 2` (same story). */
export function decisionF1(decisions: readonly boolean[], pairs: readonly SemevalPair[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  decisions.forEach((d, i) => {
    const gold = (pairs[i] as SemevalPair).overall <= 2;
    if (d && gold) tp++;
    else if (d) fp++;
    else if (gold) fn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
