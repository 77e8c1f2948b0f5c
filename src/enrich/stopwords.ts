// Per-language stopword sets from stopwords-iso, folded for name matching and kept as-is for terms.
import { createRequire } from 'node:module';
import { foldKey, normalizeToken } from './normalize.js';

const require = createRequire(import.meta.url);

/** stopwords-iso (npm): stopword lists for ~58 languages, keyed by ISO 639-1. */
const lists = require('stopwords-iso') as Record<string, string[] | undefined>;

const cache = new Map<string, ReadonlySet<string>>();

/** Stopwords of a language, lower-cased and accent-stripped; empty when the language has no list. */
export function getStopwords(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (set === undefined) {
    set = new Set((lists[language] ?? []).map(normalizeToken));
    cache.set(language, set);
  }
  return set;
}

const foldedCache = new Map<string, ReadonlySet<string>>();

/** Stopwords of the language and of English, as folded ASCII keys, for trimming candidate names. */
export function getNameStopwords(language: string): ReadonlySet<string> {
  let set = foldedCache.get(language);
  if (set === undefined) {
    const words = new Set<string>();
    for (const lang of new Set([language, 'en'])) for (const w of lists[lang] ?? []) words.add(foldKey(w));
    words.delete('');
    set = words;
    foldedCache.set(language, set);
  }
  return set;
}
