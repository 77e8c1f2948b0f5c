// A story's clustering profile: accumulated key weights, days mentioned, languages and publication span, kept bounded.
import type { StoryProfile } from '../domain/index.js';
import { ORIGINAL_WORD_PREFIX, WORD_PREFIX, articleKeys, isWordKey, type ClusterArticle, type KeySettings } from './article-keys.js';
import { compareText } from './compare-text.js';
import { addDenseVector } from './dense-signal.js';
import { defaultClusterSettings } from './settings.js';

/**
 * Profile-only keys counting the story's articles per language (`l:fr` -> 2), so that the term
 * signal knows how much of a story shares an article's language. They are never looked up in the
 * index (articleKeys does not produce them). StoryProfile has no languages field yet.
 */
export const LANGUAGE_PREFIX = 'l:';

export interface ProfileLimits {
  maxKeys: number;
  /** Pivot-text word keys kept on top of maxKeys, and as many original-text word keys (they only score; see WORD_PREFIX). */
  maxWordKeys: number;
  maxDates: number;
}

export const defaultProfileLimits: Readonly<ProfileLimits> = Object.freeze({ maxKeys: 200, maxWordKeys: 400, maxDates: 60 });

/** Adds an article to a story's profile (or starts one): key weights add up, then only the strongest keys are kept. */
export function addToProfile(
  profile: StoryProfile | null,
  storyId: string,
  article: ClusterArticle,
  limits: ProfileLimits = defaultProfileLimits,
  settings: KeySettings = defaultClusterSettings,
): StoryProfile {
  const keys: Record<string, number> = { ...(profile?.keys ?? {}) };
  for (const [key, weight] of Object.entries(articleKeys(article, settings))) keys[key] = (keys[key] ?? 0) + weight;
  const languageKey = LANGUAGE_PREFIX + article.language;
  keys[languageKey] = (keys[languageKey] ?? 0) + 1;

  const dates: Record<string, number> = { ...(profile?.dates ?? {}) };
  for (const day of new Set(article.dates)) dates[day] = (dates[day] ?? 0) + 1;

  return {
    storyId,
    articleCount: (profile?.articleCount ?? 0) + 1,
    keys: boundKeys(keys, limits.maxKeys, limits.maxWordKeys),
    dates: boundDates(dates, limits.maxDates),
    firstPublishedAt: pickInstant(profile?.firstPublishedAt ?? null, article.publishedAt, 'min'),
    lastPublishedAt: pickInstant(profile?.lastPublishedAt ?? null, article.publishedAt, 'max'),
    ...withDense(addDenseVector(profile?.dense, article.denseVector)),
  };
}

/** A profile of one article alone, to compare two articles with the same scorer. */
export function profileArticle(article: ClusterArticle, settings?: KeySettings): StoryProfile {
  return addToProfile(null, article.id, article, defaultProfileLimits, settings);
}

/** The dense field only when there is a centroid, so profiles without vectors stay as they were. */
function withDense(dense: StoryProfile['dense']): Pick<StoryProfile, 'dense'> {
  return dense ? { dense } : {};
}

/** Language keys are few and always kept; the rest keep the top `max` by weight, ties by key. */
function boundKeys(keys: Record<string, number>, max: number, maxWords: number): Record<string, number> {
  const entries = Object.entries(keys);
  const languages = entries.filter(([key]) => key.startsWith(LANGUAGE_PREFIX));
  const byWeight = (a: [string, number], b: [string, number]): number => b[1] - a[1] || compareText(a[0], b[0]);
  const top = (prefix: string): Array<[string, number]> =>
    entries
      .filter(([key]) => key.startsWith(prefix))
      .sort(byWeight)
      .slice(0, maxWords);
  const words = [...top(WORD_PREFIX), ...top(ORIGINAL_WORD_PREFIX)];
  const others = entries
    .filter(([key]) => !key.startsWith(LANGUAGE_PREFIX) && !isWordKey(key))
    .sort(byWeight)
    .slice(0, max);
  return Object.fromEntries([...others, ...words, ...languages].sort((a, b) => compareText(a[0], b[0])));
}

/** Most mentioned days first, then the latest: recent days matter most to the time signal. */
function boundDates(dates: Record<string, number>, max: number): Record<string, number> {
  const kept = Object.entries(dates)
    .sort((a, b) => b[1] - a[1] || compareText(b[0], a[0]))
    .slice(0, max);
  return Object.fromEntries(kept.sort((a, b) => compareText(a[0], b[0])));
}

function pickInstant(current: string | null, next: string | null, which: 'min' | 'max'): string | null {
  const nextMs = next ? Date.parse(next) : NaN;
  if (Number.isNaN(nextMs)) return current;
  if (!current) return next;
  const currentMs = Date.parse(current);
  if (Number.isNaN(currentMs)) return next;
  return (which === 'min' ? nextMs < currentMs : nextMs > currentMs) ? next : current;
}
