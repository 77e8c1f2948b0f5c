// Scores an article against a story profile (or another article): each signal's contribution, shared keys, time gap.
import type { MatchReason, StoryProfile } from '../domain/index.js';
import { ENTITY_PREFIX, NUMBER_PREFIX, ORIGINAL_WORD_PREFIX, PIVOT_PREFIX, TERM_PREFIX, WORD_PREFIX, articleKeys, type ClusterArticle } from './article-keys.js';
import { compareText } from './compare-text.js';
import { compareDense, hasDenseVectors } from './dense-signal.js';
import type { KeyFrequencies } from './idf.js';
import { nameSkeleton } from './name-skeleton.js';
import type { ClusterSettings, SignalWeights } from './settings.js';
import { LANGUAGE_PREFIX, profileArticle } from './story-profile.js';
import { compareTime, type TimeComparison } from './time-signal.js';

/** Signal names as they appear in `MatchReason.signals`; `dateVeto` cancels the rest when dates are too far apart. */
export const SIGNALS = ['entities', 'terms', 'numbers', 'time', 'pivot', 'text', 'dense'] as const;

export interface Overlap {
  similarity: number;
  /** Both sides have keys of this kind: the signal could be measured at all. */
  present: boolean;
  /** Shared keys (prefix removed), strongest first. */
  shared: string[];
}

/**
 * score = sum of weight x value over the signals, each value in 0..1, or 0 when the date veto
 * applies (then `signals.dateVeto` is minus the rest, so the contributions still add up to the score).
 */
export function scoreAgainstProfile(
  article: ClusterArticle,
  profile: StoryProfile,
  freq: KeyFrequencies,
  settings: ClusterSettings,
): MatchReason {
  return measureMatch(article, profile, freq, settings).reason;
}

/** A score, and whether time could be compared at all (publication times or mentioned dates on both sides). */
export interface MatchMeasure {
  reason: MatchReason;
  timeKnown: boolean;
}

/** Each signal's raw value (0..1) before weighting, and what the time comparison found. */
export interface SignalValues {
  entities: number;
  /** Stemmed-term cosine, 0 when the story has no article in the article's language. */
  terms: number;
  numbers: number;
  time: number;
  /**
   * What the English pivot terms add over same-language terms: max(0, pivot cosine - terms), so
   * that two articles in one language are not credited twice for the same words.
   */
  pivot: number;
  /**
   * Cosine over every word of the two English pivot texts, or over the words of the two original
   * texts when the story has some in the article's language, whichever is higher.
   */
  text: number;
  /** Cosine of the article's sentence vector with the story's centroid (0 when either is missing); see dense-signal.ts. */
  dense: number;
}

export interface SignalMeasure {
  values: SignalValues;
  /** Which signals both sides could be compared on (entities on both, text on both, time known, ...). */
  present: Record<keyof SignalValues, boolean>;
  entities: Overlap;
  terms: Overlap;
  numbers: Overlap;
  pivot: Overlap;
  time: TimeComparison;
}

/** The raw signals of an article against a profile, unweighted: what the scorer combines and the weight fitting learns from. */
export function measureSignals(article: ClusterArticle, profile: StoryProfile, freq: KeyFrequencies, settings: ClusterSettings): SignalMeasure {
  const keys = articleKeys(article, settings);
  // Profile keys the article lacks were not looked up; the story itself carries them, so df >= 1.
  // Same formula as computeIdf, inlined: this runs for every key of every candidate.
  const stories = Math.max(0, freq.stories);
  const s = Math.max(1e-6, settings.idfSmoothing);
  const idf = (key: string): number => {
    const counted = freq.counts[key];
    const df = Math.min(stories, Math.max(0, counted === undefined ? 1 : counted));
    return Math.log(1 + (stories + s) / (df + s));
  };
  const overlaps = compareKeys(keys, profile.keys, idf, `${ORIGINAL_WORD_PREFIX}${article.language}:`, crossesScripts(article.language, profile));
  const entities = overlaps.get(ENTITY_PREFIX) as Overlap;
  const terms = overlaps.get(TERM_PREFIX) as Overlap;
  const numbers = overlaps.get(NUMBER_PREFIX) as Overlap;
  const pivot = overlaps.get(PIVOT_PREFIX) as Overlap;
  const words = overlaps.get(WORD_PREFIX) as Overlap;
  const originalWords = overlaps.get(ORIGINAL_WORD_PREFIX) as Overlap;
  const time = compareTime(
    { firstPublishedAt: article.publishedAt, lastPublishedAt: article.publishedAt, dates: article.dates },
    { firstPublishedAt: profile.firstPublishedAt, lastPublishedAt: profile.lastPublishedAt, dates: Object.keys(profile.dates) },
    settings,
  );
  const sameLanguageTerms = languageFactor(profile, article.language) * terms.similarity;
  const values: SignalValues = {
    entities: entities.similarity,
    terms: sameLanguageTerms,
    numbers: numbers.similarity,
    time: time.value,
    pivot: Math.max(0, pivot.similarity - sameLanguageTerms),
    text: Math.max(words.similarity, originalWords.similarity),
    dense: compareDense(article, profile),
  };
  const present = {
    entities: entities.present,
    terms: terms.present && sameLanguageTerms > 0,
    numbers: numbers.present,
    time: time.hoursApart !== null || time.gapDays !== null,
    pivot: pivot.present,
    text: words.present || originalWords.present,
    dense: hasDenseVectors(article, profile),
  };
  return { values, present, entities, terms, numbers, pivot, time };
}

export function measureMatch(article: ClusterArticle, profile: StoryProfile, freq: KeyFrequencies, settings: ClusterSettings): MatchMeasure {
  const m = measureSignals(article, profile, freq, settings);
  const { weights } = settings;
  const signals: Record<string, number> = {};
  const scale = Math.min(Math.max(1, settings.maxPresentScale), presentScale(weights, m.present));
  for (const name of SIGNALS) signals[name] = scale * weights[name] * m.values[name];
  let score = Object.values(signals).reduce((sum, v) => sum + v, 0);
  if (m.time.veto) {
    signals.dateVeto = -score;
    score = 0;
  }
  const reason: MatchReason = {
    score: round(score),
    signals: Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)])),
    sharedEntities: m.entities.shared,
    sharedTerms: [...new Set([...m.terms.shared, ...m.pivot.shared])].concat(m.numbers.shared),
    timeDeltaHours: m.time.hoursApart === null ? null : round(m.time.hoursApart),
    founder: false,
  };
  return { reason, timeKnown: m.time.hoursApart !== null || m.time.gapDays !== null };
}

/**
 * Total weight over the weight of the signals both sides have: an article with no text (a headline
 * with entities) or no figures is scored on what it has, on the scale of one that has everything,
 * instead of losing the weight of what it lacks (capped by `maxPresentScale`). What it does share
 * must still pass the evidence rule (decide-story.ts).
 */
function presentScale(weights: SignalWeights, present: Record<keyof SignalValues, boolean>): number {
  let total = 0;
  let measured = 0;
  for (const name of SIGNALS) {
    total += weights[name];
    if (present[name]) measured += weights[name];
  }
  return measured > 0 ? total / measured : 1;
}

/** Article against article: b stands as a one-article story. */
export function explainPair(a: ClusterArticle, b: ClusterArticle, freq: KeyFrequencies, settings: ClusterSettings): MatchReason {
  return scoreAgainstProfile(a, profileArticle(b, settings), freq, settings);
}

const PREFIXES = [ENTITY_PREFIX, TERM_PREFIX, NUMBER_PREFIX, PIVOT_PREFIX, WORD_PREFIX, ORIGINAL_WORD_PREFIX] as const;

/**
 * IDF-weighted cosine per key prefix, in one pass over each side. Original-text words compare only
 * with the profile's words in the article's language (`ownWords`): the others are no evidence either way.
 */
function compareKeys(
  article: Record<string, number>,
  profile: Record<string, number>,
  idf: (key: string) => number,
  ownWords: string,
  bySkeleton: boolean,
): Map<string, Overlap> {
  const acc = new Map(PREFIXES.map((p) => [p, { dot: 0, articleNorm: 0, profileNorm: 0, shared: [] as Array<[string, number]> }]));
  const idfs = new Map<string, number>();
  for (const [key, weight] of Object.entries(article)) {
    const a = acc.get(key.slice(0, 2) as (typeof PREFIXES)[number]);
    if (!a) continue;
    const keyIdf = idf(key);
    idfs.set(key, keyIdf);
    const w = weight * keyIdf;
    a.articleNorm += w * w;
    const other = profile[key];
    if (other !== undefined && other > 0) {
      const part = w * other * keyIdf;
      a.dot += part;
      a.shared.push([key.slice(2), part]);
    }
  }
  if (bySkeleton) matchBySkeleton(article, profile, idf, acc.get(ENTITY_PREFIX) as { dot: number; shared: Array<[string, number]> });
  for (const [key, weight] of Object.entries(profile)) {
    const a = acc.get(key.slice(0, 2) as (typeof PREFIXES)[number]);
    if (!a || (key.startsWith(ORIGINAL_WORD_PREFIX) && !key.startsWith(ownWords))) continue;
    const w = weight * (idfs.get(key) ?? idf(key));
    a.profileNorm += w * w;
  }
  const out = new Map<string, Overlap>();
  for (const [prefix, a] of acc) {
    const similarity = a.articleNorm > 0 && a.profileNorm > 0 ? a.dot / Math.sqrt(a.articleNorm * a.profileNorm) : 0;
    if (prefix === WORD_PREFIX || prefix === ORIGINAL_WORD_PREFIX) a.shared.length = 0; // hundreds of common words: not worth listing as reasons
    a.shared.sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]));
    out.set(prefix, { similarity: Math.min(1, similarity), present: a.articleNorm > 0 && a.profileNorm > 0, shared: a.shared.map(([key]) => key) });
  }
  return out;
}

/** Languages written in Cyrillic: their names reach ids through transliteration and case endings. */
const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'tg']);

/** Entity ids may differ by script: the article or one of the story's articles is in a Cyrillic language. */
export function crossesScripts(language: string, profile: StoryProfile): boolean {
  if (CYRILLIC_LANGUAGES.has(language)) return true;
  for (const code of CYRILLIC_LANGUAGES) if ((profile.keys[LANGUAGE_PREFIX + code] ?? 0) > 0) return true;
  return false;
}

const skeletons = new Map<string, string | null>();

function skeletonOf(key: string): string | null {
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    // Bounded: ids of a large archive come and go.
    if (skeletons.size >= 100_000) skeletons.clear();
    skeleton = nameSkeleton(key.slice(ENTITY_PREFIX.length));
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

/**
 * Entity ids that did not match exactly but have one consonant skeleton ("person:elinu-dzhons",
 * Russian accusative transliterated, and "person:elin-jones"): counted as the profile's entity, with
 * its IDF. Only a skeleton that one unmatched entity of each side has counts, so two people whose
 * names reduce alike are never taken for each other.
 */
function matchBySkeleton(
  article: Record<string, number>,
  profile: Record<string, number>,
  idf: (key: string) => number,
  acc: { dot: number; shared: Array<[string, number]> },
): void {
  const unmatched = (keys: Record<string, number>, other: Record<string, number>): Map<string, string | null> => {
    const out = new Map<string, string | null>();
    for (const key in keys) {
      if (!key.startsWith(ENTITY_PREFIX) || !((keys[key] ?? 0) > 0) || (other[key] ?? 0) > 0) continue;
      const skeleton = skeletonOf(key);
      if (skeleton !== null) out.set(skeleton, out.has(skeleton) ? null : key);
    }
    return out;
  };
  const theirs = unmatched(profile, article);
  if (theirs.size === 0) return;
  for (const [skeleton, key] of unmatched(article, profile)) {
    const match = theirs.get(skeleton);
    if (key === null || match === undefined || match === null) continue;
    const keyIdf = idf(match);
    const part = (article[key] as number) * keyIdf * (profile[match] as number) * keyIdf;
    acc.dot += part;
    acc.shared.push([match.slice(ENTITY_PREFIX.length), part]);
  }
}

/**
 * Stemmed terms only compare within one language: 1 when the story has an article in the
 * article's language (or does not say), else 0.
 */
function languageFactor(profile: StoryProfile, language: string): number {
  const languageKeys = Object.keys(profile.keys).filter((k) => k.startsWith(LANGUAGE_PREFIX));
  if (languageKeys.length === 0) return 1;
  return (profile.keys[LANGUAGE_PREFIX + language] ?? 0) > 0 ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
