// Snowball stemmers by language (snowball-stemmers), with a per-language memo of stems.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface SnowballStemmer {
  stem(word: string): string;
}

/** snowball-stemmers (npm) ships no types; this is the part of its API we use. */
const snowball = require('snowball-stemmers') as { newStemmer(algorithm: string): SnowballStemmer };

const ALGORITHMS: Readonly<Record<string, string>> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', cs: 'czech', da: 'danish', nl: 'dutch', en: 'english',
  fi: 'finnish', fr: 'french', de: 'german', hu: 'hungarian', it: 'italian', ga: 'irish', no: 'norwegian',
  nb: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', es: 'spanish', sl: 'slovene', sv: 'swedish',
  ta: 'tamil', tr: 'turkish',
};

export type Stem = (word: string) => string;

const stemmers = new Map<string, Stem>();

/** A memoised stemmer for the language, or the identity when Snowball has none for it. */
export function getStemmer(language: string): Stem {
  let stem = stemmers.get(language);
  if (stem !== undefined) return stem;
  const algorithm = ALGORITHMS[language];
  if (algorithm === undefined) {
    stem = (word) => word;
  } else {
    const stemmer = snowball.newStemmer(algorithm);
    const memo = new Map<string, string>();
    stem = (word) => {
      let stemmed = memo.get(word);
      if (stemmed === undefined) {
        stemmed = stemmer.stem(word);
        if (memo.size < 50_000) memo.set(word, stemmed);
      }
      return stemmed;
    };
  }
  stemmers.set(language, stem);
  return stem;
}
