// Scores an article against a story profile (or another article): each signal's contribution, shared keys, time gap.
import type { Article, MatchReason, StoryProfile } from '../domain/index.js';
import { ENTITY_PREFIX, NUMBER_PREFIX, PIVOT_PREFIX, TERM_PREFIX, articleKeys } from './article-keys.js';
import { compareText } from './compare-text.js';
import { computeIdf, type KeyFrequencies } from './idf.js';
import type { ClusterSettings } from './settings.js';
import { LANGUAGE_PREFIX, profileArticle } from './story-profile.js';
import { compareTime } from './time-signal.js';

/** Signal names as they appear in `MatchReason.signals`; `dateVeto` cancels the rest when dates are too far apart. */
export const SIGNALS = ['entities', 'terms', 'numbers', 'time', 'pivot'] as const;

interface Overlap {
  similarity: number;
  /** Shared keys (prefix removed), strongest first. */
  shared: string[];
}

/**
 * score = sum of weight x value over the signals, each value in 0..1, or 0 when the date veto
 * applies (then `signals.dateVeto` is minus the rest, so the contributions still add up to the score).
 */
export function scoreAgainstProfile(
  article: Article,
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

export function measureMatch(article: Article, profile: StoryProfile, freq: KeyFrequencies, settings: ClusterSettings): MatchMeasure {
  const keys = articleKeys(article, settings);
  const idf = (key: string): number => {
    // Profile keys the article lacks were not looked up; the story itself carries them, so df >= 1.
    const counted = key in freq.counts ? freq : { stories: freq.stories, counts: { [key]: 1 } };
    return computeIdf(key, counted, settings.idfSmoothing);
  };
  const entities = compareKeys(keys, profile.keys, ENTITY_PREFIX, idf);
  const terms = compareKeys(keys, profile.keys, TERM_PREFIX, idf);
  const numbers = compareKeys(keys, profile.keys, NUMBER_PREFIX, idf);
  const pivot = compareKeys(keys, profile.keys, PIVOT_PREFIX, idf);
  const time = compareTime(
    { firstPublishedAt: article.publishedAt, lastPublishedAt: article.publishedAt, dates: article.dates },
    { firstPublishedAt: profile.firstPublishedAt, lastPublishedAt: profile.lastPublishedAt, dates: Object.keys(profile.dates) },
    settings,
  );
  const { weights } = settings;
  const termsSignal = weights.terms * languageFactor(profile, article.language) * terms.similarity;
  const signals: Record<string, number> = {
    entities: weights.entities * entities.similarity,
    terms: termsSignal,
    numbers: weights.numbers * numbers.similarity,
    time: weights.time * time.value,
    // The pivot text says again what same-language terms already say: it only adds what they do not,
    // so that two articles in one language are not credited twice for the same words.
    pivot: Math.max(0, weights.pivot * pivot.similarity - termsSignal),
  };
  let score = Object.values(signals).reduce((sum, v) => sum + v, 0);
  if (time.veto) {
    signals.dateVeto = -score;
    score = 0;
  }
  const reason: MatchReason = {
    score: round(score),
    signals: Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)])),
    sharedEntities: entities.shared,
    sharedTerms: [...new Set([...terms.shared, ...pivot.shared])].concat(numbers.shared),
    timeDeltaHours: time.hoursApart === null ? null : round(time.hoursApart),
    founder: false,
  };
  return { reason, timeKnown: time.hoursApart !== null || time.gapDays !== null };
}

/** Article against article: b stands as a one-article story. */
export function explainPair(a: Article, b: Article, freq: KeyFrequencies, settings: ClusterSettings): MatchReason {
  return scoreAgainstProfile(a, profileArticle(b, settings), freq, settings);
}

/** IDF-weighted cosine over the keys with one prefix. */
function compareKeys(
  article: Record<string, number>,
  profile: Record<string, number>,
  prefix: string,
  idf: (key: string) => number,
): Overlap {
  let dot = 0;
  let articleNorm = 0;
  let profileNorm = 0;
  const shared: Array<[string, number]> = [];
  for (const [key, weight] of Object.entries(article)) {
    if (!key.startsWith(prefix)) continue;
    const w = weight * idf(key);
    articleNorm += w * w;
    const other = profile[key];
    if (other !== undefined && other > 0) {
      const part = w * other * idf(key);
      dot += part;
      shared.push([key.slice(prefix.length), part]);
    }
  }
  for (const [key, weight] of Object.entries(profile)) {
    if (!key.startsWith(prefix)) continue;
    const w = weight * idf(key);
    profileNorm += w * w;
  }
  const similarity = articleNorm > 0 && profileNorm > 0 ? dot / Math.sqrt(articleNorm * profileNorm) : 0;
  shared.sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]));
  return { similarity: Math.min(1, similarity), shared: shared.map(([key]) => key) };
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
