// Snowball stemmers (snowball-stemmers, no types shipped) for the gloss dictionaries' fallback lookup.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(algorithm: string): { stem(word: string): string } };

const ALGORITHMS: Record<string, string> = {
  de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', sv: 'swedish',
  ru: 'russian', da: 'danish', no: 'norwegian', fi: 'finnish', hu: 'hungarian', ro: 'romanian', ca: 'catalan',
  cs: 'czech', tr: 'turkish', en: 'english',
};

/** The Snowball stemmer for a language, or undefined. */
export function findStemmer(language: string): ((word: string) => string) | undefined {
  const algorithm = ALGORITHMS[language];
  if (!algorithm) return undefined;
  const stemmer = snowball.newStemmer(algorithm);
  return (word) => stemmer.stem(word);
}
