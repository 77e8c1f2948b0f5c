// An article's inverted-index keys with weights: canonical entities, top terms and salient numbers.
import { createRequire } from 'node:module';
import type { Article, WeightedTerm } from '../domain/index.js';
import { compareText } from './compare-text.js';
import { extractSalientNumbers } from './salient-numbers.js';
import { defaultClusterSettings, type ClusterSettings } from './settings.js';

export const ENTITY_PREFIX = 'e:';
export const TERM_PREFIX = 't:';
export const NUMBER_PREFIX = 'n:';
export const PIVOT_PREFIX = 'p:';
/** Every word of the English pivot text (scored as the `text` signal, never looked up as a candidate key). */
export const WORD_PREFIX = 'w:';
/**
 * Every word of a non-English article's own text, as `o:<language>:<stem>`: two articles in one
 * language compare on their real words, not on two glosses of them (scored within the `text` signal).
 */
export const ORIGINAL_WORD_PREFIX = 'o:';

/** An article as clustering sees it: with the stemmed terms of its English pivot text when there is one. */
export type ClusterArticle = Article & {
  pivotTerms?: readonly WeightedTerm[] | null;
  /** The English pivot text itself (the article when English, else its translation or gloss). */
  pivotText?: string | null;
  /** Sentence vector of the pivot text (unit length), when the dense signal is on and an embedder ran. */
  denseVector?: Float32Array | null;
};

/** Key weights are on a common scale (about 1 for an ordinary key) so that a profile can rank them together. */
const NUMBER_KEY_WEIGHT = 0.5;

/**
 * Years situate more than they identify: most articles of a season name the current year, and
 * while the archive is young IDF cannot tell, so a year weighs a third of a figure.
 */
const YEAR_FACTOR = 1 / 3;

export type KeySettings = Pick<ClusterSettings, 'titleBonus' | 'maxTermKeys' | 'maxNumberKeys' | 'kindWeights' | 'maxWordKeys'>;

/**
 * `e:<entity id>` weighted by mentions (log-damped), its kind and a title bonus, `t:<term>` for the top
 * terms (their weight scaled to 1 at most), `n:<number>` for salient numbers. Dates are not keys:
 * they feed the time signal.
 */
export function articleKeys(
  article: ClusterArticle,
  settings: KeySettings = defaultClusterSettings,
): Record<string, number> {
  // Scoring one article against 50 candidates asks for its keys 50 times; articles are not
  // changed once clustering sees them, so the keys are remembered per (article, settings) object.
  const cached = keyCache.get(article);
  if (cached && cached.settings === settings) return cached.keys;
  const keys = computeKeys(article, settings);
  keyCache.set(article, { settings, keys });
  return keys;
}

const keyCache = new WeakMap<object, { settings: KeySettings; keys: Record<string, number> }>();

function computeKeys(article: ClusterArticle, settings: KeySettings): Record<string, number> {
  const keys: Record<string, number> = {};
  for (const entity of article.entities) {
    const kind = settings.kindWeights[entity.kind] ?? 1;
    const weight = kind * (1 + Math.log(Math.max(1, entity.count))) * (entity.inTitle ? 1 + settings.titleBonus : 1);
    if (!(weight > 0)) continue;
    const key = ENTITY_PREFIX + entity.id;
    keys[key] = Math.max(keys[key] ?? 0, weight);
  }
  addTermKeys(keys, TERM_PREFIX, article.terms, settings.maxTermKeys);
  if (article.pivotTerms) addTermKeys(keys, PIVOT_PREFIX, article.pivotTerms, settings.maxTermKeys);
  if (article.pivotText && settings.maxWordKeys > 0) addWordKeys(keys, WORD_PREFIX, article.pivotText, settings.maxWordKeys, 'en');
  if (article.language !== 'en' && settings.maxWordKeys > 0) {
    addWordKeys(keys, `${ORIGINAL_WORD_PREFIX}${article.language}:`, `${article.title}\n${article.text}`, settings.maxWordKeys, article.language);
  }
  const numbers = extractSalientNumbers(`${article.title}\n${article.text}`, settings.maxNumberKeys);
  for (const [value, count] of numbers) {
    keys[NUMBER_PREFIX + value] = NUMBER_KEY_WEIGHT * (isYear(value) ? YEAR_FACTOR : 1) * (1 + Math.log(count));
  }
  return keys;
}

/** The top terms under a prefix, their weight scaled to 1 at most. */
function addTermKeys(keys: Record<string, number>, prefix: string, all: readonly WeightedTerm[], max: number): void {
  const terms = [...all]
    .filter((t) => t.weight > 0 && t.term.length > 0)
    .sort((a, b) => b.weight - a.weight || compareText(a.term, b.term))
    .slice(0, max);
  const topWeight = terms[0]?.weight ?? 1;
  for (const term of terms) {
    const key = prefix + term.term;
    keys[key] = Math.max(keys[key] ?? 0, term.weight / topWeight);
  }
}

/**
 * Words of a text cut to their first six letters (a cheap stem that holds for English
 * inflection: "negotiations" and "negotiated" meet), weighted 1 + ln(count). The top terms miss
 * most of a text; over the whole text, a translation's wrong word choices average out. Function
 * words of the text's language (stopwords-iso) are dropped: while the archive is young, IDF cannot
 * discount them, and two texts in one language would look alike for their "les", "des" and "pour".
 */
function addWordKeys(keys: Record<string, number>, prefix: string, text: string, max: number, language: string): void {
  const counts = new Map<string, number>();
  const stopwords = stopwordsOf(language);
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (ENGLISH_FUNCTION_WORDS.has(word) || stopwords.has(word)) continue;
    const stem = word.slice(0, 6);
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, max);
  for (const [stem, count] of ranked) keys[prefix + stem] = 1 + Math.log(count);
}

/**
 * While the archive is young, IDF cannot tell "the" from "flood" yet; these words never identify
 * an event. Our own short list of English function words and reporting verbs.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the and for that with was were are has have had this from not but his her its their they them she him who which what when where ' +
    'will would could should can may might been being than then there these those also into over after before about more most other ' +
    'some such only very just said says say told one two new all any each our out you your there here how why while because during ' +
    'under between against through per did does doing made make many much still yet even own same both off again further once'
  ).split(' '),
);

/** stopwords-iso (npm): stopword lists for ~58 languages, keyed by ISO 639-1. */
const stopwordLists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[] | undefined>;
const stopwordSets = new Map<string, ReadonlySet<string>>();

function stopwordsOf(language: string): ReadonlySet<string> {
  let set = stopwordSets.get(language);
  if (set === undefined) {
    set = new Set((stopwordLists[language] ?? []).map((w) => w.toLowerCase()));
    stopwordSets.set(language, set);
  }
  return set;
}

/** Keys the candidate lookup uses: word keys only score, they would match every story. */
export function isLookupKey(key: string): boolean {
  return !isWordKey(key);
}

/** Pivot-text and original-text word keys: scored, bounded apart in profiles, never looked up. */
export function isWordKey(key: string): boolean {
  return key.startsWith(WORD_PREFIX) || key.startsWith(ORIGINAL_WORD_PREFIX);
}

function isYear(value: string): boolean {
  return /^(19|20)\d\d$/.test(value);
}
