// The article's weighted terms: stopword-free, stemmed tokens scored by log-scaled frequency.
import type { WeightedTerm } from '../domain/index.js';
import { normalizeToken } from './normalize.js';
import { getStemmer } from './stemmer.js';
import { getStopwords } from './stopwords.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_TERMS = 40;
/** Title words say what the article is about more than body words. */
const TITLE_WEIGHT = 2;

/**
 * Terms are lower-cased, stemmed with the language's Snowball stemmer (unstemmed where Snowball has
 * none), then stripped of accents. Numbers of 3+ digits stay (years, figures match across languages);
 * shorter ones and one-letter words go. Weight = 1 + ln(tf), top 40, normalised to sum to 1.
 */
export function weighTerms(title: string, text: string, language: string): WeightedTerm[] {
  const stopwords = getStopwords(language);
  const stem = getStemmer(language);
  const counts = new Map<string, number>();
  for (const [segment, weight] of [[title, TITLE_WEIGHT], [text, 1]] as const) {
    for (const [word] of segment.matchAll(WORD)) {
      const term = toTerm(word, stopwords, stem);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  const scored = [...counts].map(([term, tf]) => ({ term, weight: 1 + Math.log(tf) }));
  scored.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
  const top = scored.slice(0, MAX_TERMS);
  const total = top.reduce((sum, t) => sum + t.weight, 0);
  return top.map((t) => ({ term: t.term, weight: t.weight / total }));
}

function toTerm(word: string, stopwords: ReadonlySet<string>, stem: (w: string) => string): string | null {
  const lower = word.toLowerCase();
  // Most words are plain ASCII; normalising them is a no-op worth skipping.
  const plain = /^[a-z]+$/.test(lower);
  if (/^\d+$/.test(lower)) return lower.length >= 3 ? lower : null;
  if (lower.length < 2 || stopwords.has(plain ? lower : normalizeToken(lower))) return null;
  if (/\d/.test(lower)) return lower;
  const stemmed = stem(lower);
  const term = plain ? stemmed : normalizeToken(stemmed);
  return term.length >= 2 ? term : null;
}
