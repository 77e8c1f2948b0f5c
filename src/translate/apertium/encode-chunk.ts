// Turns one chunk of clean text into Apertium's input stream, with URLs, addresses and (optionally) names protected.
import { escapeStream, protectSpan } from './stream-format.js';

const ALWAYS_PROTECTED = [
  /\b(?:https?:\/\/|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)]/giu.source,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu.source,
  // Hashtags, handles and anything else holding a character Apertium uses as an unknown-word mark.
  /[^\s]*[*#@][^\s]*/gu.source,
];

// Two or more capitalised words in a row ("Elin Jones", "Plaid Cymru"): names Apertium would otherwise
// translate word by word. Connectors such as "de" may sit between them ("Banco de España" is not matched:
// its last word must be capitalised too, and the run must hold at least two capitalised words).
const NAME = /\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:\s+\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*)+/gu.source;

export interface EncodeOptions {
  /** Keep runs of capitalised words untranslated. */
  protectNames: boolean;
  /** Words that, when part of a capitalised run, mean it is a translatable phrase, not a name. */
  commonWords?: ReadonlySet<string>;
  /** Titles before a name and what they become ("M." -> "Mr"): Apertium reads "M." as "monsieur", "the gentleman". */
  titles?: Readonly<Record<string, string>>;
}

/** Titles of French, Spanish, Catalan, Italian and Portuguese news, in English. */
export const ENGLISH_TITLES: Readonly<Record<string, string>> = {
  'M.': 'Mr', Mme: 'Mrs', Mlle: 'Miss', 'Sr.': 'Mr', 'Sra.': 'Mrs', 'Srta.': 'Miss', 'Sig.': 'Mr', 'Sig.ra': 'Mrs',
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Encodes a chunk for Apertium's stream. */
export function encodeChunk(chunk: string, options: EncodeOptions): string {
  const titles = options.titles ?? {};
  const pattern = compilePattern(options.protectNames, titles);
  let out = '';
  let last = 0;
  for (const match of chunk.matchAll(pattern)) {
    const text = match[0];
    const start = match.index;
    const title = titles[text];
    if (title !== undefined) {
      out += escapeStream(chunk.slice(last, start)) + protectSpan(title);
      last = start + text.length;
      continue;
    }
    if (isNameMatch(text) && !keepAsName(text, chunk, start, options.commonWords)) continue;
    out += escapeStream(chunk.slice(last, start)) + protectSpan(text);
    last = start + text.length;
  }
  return out + escapeStream(chunk.slice(last));
}

// Compiling the pattern cost more than matching it (a quarter of a second per thousand sentences).
const patterns = new Map<string, RegExp>();

function compilePattern(protectNames: boolean, titles: Readonly<Record<string, string>>): RegExp {
  const key = `${protectNames}|${Object.keys(titles).join('|')}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const titlePattern = Object.keys(titles).length > 0 ? [`(?<![\\p{L}.])(?:${Object.keys(titles).map(escapeRegExp).join('|')})(?=\\s+\\p{Lu})`] : [];
    pattern = new RegExp([...titlePattern, ...ALWAYS_PROTECTED, ...(protectNames ? [NAME] : [])].join('|'), 'gu');
    patterns.set(key, pattern);
  }
  // Safe to share: matchAll works on a copy, so no lastIndex is shared between calls.
  return pattern;
}

function isNameMatch(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/[*#@/]/u.test(text);
}

function keepAsName(text: string, chunk: string, start: number, commonWords: ReadonlySet<string> | undefined): boolean {
  const words = text.split(/\s+/u);
  if (commonWords && words.some((w) => commonWords.has(w.toLowerCase()))) return false;
  // At the start of a sentence the first word may just be capitalised; then the rest must still be a name.
  const sentenceStart = start === 0 || /[.!?:]\s*$/u.test(chunk.slice(0, start));
  return !sentenceStart || words.length >= 3;
}
