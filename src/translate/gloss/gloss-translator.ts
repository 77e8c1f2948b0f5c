// The word-by-word gloss provider: FreeDict dictionaries for languages no machine translation pair covers.
import anyAscii from 'any-ascii';
import { cleanText } from '../clean-text.js';
import { toIso3, toLangCode } from '../lang-codes.js';
import { splitParagraphs } from '../split-text.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translator.js';
import { DEFAULT_DICT_DIR, FreeDict } from './freedict.js';
import { GlossDictionary, type WordSource } from './gloss-dictionary.js';
import { ReverseDict } from './reverse-dict.js';
import { createStemLookup } from './stem-lookup.js';
import { findStemmer } from './stemmers.js';

export interface GlossOptions {
  /** Where the dictd files are (Debian: /usr/share/dictd). */
  dictDir?: string;
}

// Dictionaries read backwards only when small: reversing means reading every entry.
const MAX_REVERSE_HEADWORDS = 50_000;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export class GlossTranslator implements Translator {
  readonly name = 'gloss';
  private readonly dictionaries = new Map<string, GlossDictionary | null>();

  constructor(private readonly options: GlossOptions = {}) {}

  supports(from: string, to: string): boolean {
    return this.dictionary(toLangCode(from), toLangCode(to)) !== null;
  }

  /** The gloss of one word, or undefined (also used by Apertium for the words it does not know). */
  glossWord(word: string, from: string, to: string): string | undefined {
    return this.dictionary(toLangCode(from), toLangCode(to))?.glossWord(word) || undefined;
  }

  translate(request: TranslationRequest): Promise<TranslationResult> {
    const from = toLangCode(request.from);
    const to = toLangCode(request.to);
    const dictionary = this.dictionary(from, to);
    const segments = request.segments.map((segment) =>
      splitParagraphs(cleanText(segment))
        .map((paragraph) => glossParagraph(paragraph, (w) => dictionary?.glossWord(w)))
        .join('\n\n'),
    );
    return Promise.resolve({ segments, provider: this.name, quality: 'gloss', path: [from, to] });
  }

  private dictionary(from: string, to: string): GlossDictionary | null {
    const key = `${from}>${to}`;
    const known = this.dictionaries.get(key);
    if (known !== undefined) return known;
    const dir = this.options.dictDir ?? DEFAULT_DICT_DIR;
    let source: WordSource | null = FreeDict.open(dir, toIso3(from), toIso3(to));
    let words: (() => Iterable<string>) | null = null;
    if (source) {
      const forward = source as FreeDict;
      words = () => forward.headwords();
    } else {
      const backward = FreeDict.open(dir, toIso3(to), toIso3(from));
      if (backward && countAtMost(backward.headwords(), MAX_REVERSE_HEADWORDS)) {
        const reverse = new ReverseDict(backward);
        source = reverse;
        words = () => reverse.words();
      }
    }
    let dictionary: GlossDictionary | null = null;
    if (source) {
      // German has its own inflection rules; other languages fall back on a stem index of the headwords.
      const stem = from === 'de' ? undefined : findStemmer(from);
      const findByStem = stem && words ? createStemLookup(words, stem) : undefined;
      dictionary = new GlossDictionary(from, source, findByStem);
    }
    this.dictionaries.set(key, dictionary);
    return dictionary;
  }
}

function countAtMost(items: Iterable<unknown>, limit: number): boolean {
  let n = 0;
  for (const _ of items) if (++n > limit) return false;
  return true;
}

/** Replaces each word by its gloss; unknown words stay, in Latin letters when they were in another script. */
export function glossParagraph(paragraph: string, gloss: (word: string) => string | undefined): string {
  const out = paragraph.replace(WORD, (word) => glossOneWord(word, gloss));
  const tidy = out.replace(/ {2,}/gu, ' ').replace(/ ([,.;:!?])/gu, '$1').trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

function glossOneWord(word: string, gloss: (word: string) => string | undefined): string {
  if (/^\p{N}+$/u.test(word)) return word;
  // Acronyms ("VW", "EU") are names more often than dictionary words.
  if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) return word;
  const found = gloss(word);
  if (found !== undefined) return found;
  // Names and other unknown words: kept, transliterated out of non-Latin scripts ("Путин" -> "Putin").
  return /\p{Script=Latin}|\p{N}/u.test(word) ? word : anyAscii(word);
}
