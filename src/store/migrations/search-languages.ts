// Which PostgreSQL text search configuration (stemmer and stop words) serves which article language.

/**
 * ISO 639-1 codes (as language identification gives them) to PostgreSQL's built-in snowball
 * configurations. The migration creates a configuration only for those the server has (the list
 * grows with PostgreSQL versions); every other language is indexed with `simple` (no stemming).
 */
export const SEARCH_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/** Our own copy of a configuration, with accent folding in front of its stemmer. */
export function searchConfigName(builtIn: string): string {
  return `bw_${builtIn}`;
}

/** Languages without a stemmer, and the second vector of every article (exact words, prefixes). */
export const SIMPLE_SEARCH_CONFIG = searchConfigName('simple');

/** Characters of an article indexed and searched for snippets; a tsvector holds at most 1 MB. */
export const SEARCH_TEXT_CHARS = 100_000;
