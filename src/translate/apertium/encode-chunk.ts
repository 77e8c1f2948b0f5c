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
  /** Abbreviations sent through as their English form wherever they stand (see `ENGLISH_ABBREVIATIONS`). */
  abbreviations?: Readonly<Record<string, string>>;
  /** Pronouns sent through as their English form (see `FRENCH_PRONOUNS`). */
  pronouns?: Readonly<Record<string, string>>;
}

/**
 * French subject pronouns and "leur(s)" in English. fra-cat drops subject pronouns (Catalan is pro-drop) and
 * cat-eng then guesses "it" for every third person: "Elle a dit" comes out "It has said". Sent as a superblank,
 * the pronoun passes through and the guess after it is removed (`dropGuessedSubjects`). Impersonal "il" ("il y
 * a", "il faut", "il est possible de") is left to Apertium, which turns it into "there is", "it is necessary".
 * "leur(s)" the determiner becomes Catalan "seu(s)" and then "his"; "leur" before a verb is the object "them".
 */
export const FRENCH_PRONOUNS: Readonly<Record<string, string>> = {
  il: 'he', Il: 'He', elle: 'she', Elle: 'She', ils: 'they', Ils: 'They', elles: 'they', Elles: 'They',
  leurs: 'their', Leurs: 'Their', leur: 'their', Leur: 'Their',
};
const IMPERSONAL_AFTER_IL =
  "(?!\\s+(?:y\\b|faut\\b|fallait\\b|faudra|faudrait|s['’]agi|semble|semblait|paraît|para[iî]t|reste\\b|restait|suffit|pleut|neige|vaut\\b|est\\s+(?:\\S+\\s+){0,2}(?:de|d['’]|que|qu['’])|était\\s+(?:\\S+\\s+){0,2}(?:de|d['’]|que|qu['’])|s['’]est\\s+agi))";
// "leur" before something that looks like a verb (an auxiliary, an infinitive, a finite or past-participle ending) is the object pronoun.
const OBJECT_LEUR =
  "(?!\\s+(?:(?:a|ai|as|ont|avait|avaient|aura|sont|est|était|fait|dit|faut|donne|donnent|semble)(?![\\p{L}])|\\p{L}*(?:er|ir|re|ons|ez|ent|ait|aient|é|ée|és|ées)(?![\\p{L}])))";
const PRONOUN_GUARDS: Readonly<Record<string, string>> = { il: IMPERSONAL_AFTER_IL, leur: OBJECT_LEUR };

/** Titles of French, Spanish, Catalan, Italian and Portuguese news, in English. */
export const ENGLISH_TITLES: Readonly<Record<string, string>> = {
  'M.': 'Mr', Mme: 'Mrs', Mlle: 'Miss', 'Sr.': 'Mr', 'Sra.': 'Mrs', 'Srta.': 'Miss', 'Sig.': 'Mr', 'Sig.ra': 'Mrs',
};

/**
 * Abbreviations Apertium passes through unknown: Spanish "EE. UU." (Estados Unidos) reaches the English as it is,
 * and its final dot reads as a sentence end ("asked EE. UU. That it ...").
 */
export const ENGLISH_ABBREVIATIONS: Readonly<Record<string, string>> = { 'EE. UU.': 'US', 'EE.UU.': 'US', EEUU: 'US', 'EE UU': 'US' };

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Encodes a chunk for Apertium's stream. */
export function encodeChunk(chunk: string, options: EncodeOptions): string {
  const titles = options.titles ?? {};
  const pronouns = options.pronouns ?? {};
  const abbreviations = options.abbreviations ?? {};
  const pattern = compilePattern(options.protectNames, titles, pronouns, abbreviations);
  let out = '';
  let last = 0;
  for (const match of chunk.matchAll(pattern)) {
    const text = match[0];
    const start = match.index;
    const title = titles[text] ?? pronouns[text] ?? abbreviations[text];
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

function compilePattern(
  protectNames: boolean,
  titles: Readonly<Record<string, string>>,
  pronouns: Readonly<Record<string, string>>,
  abbreviations: Readonly<Record<string, string>>,
): RegExp {
  const key = `${protectNames}|${Object.keys(titles).join('|')}|${Object.keys(pronouns).join('|')}|${Object.keys(abbreviations).join('|')}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const titlePattern = Object.keys(titles).length > 0 ? [`(?<![\\p{L}.])(?:${Object.keys(titles).map(escapeRegExp).join('|')})(?=\\s+\\p{Lu})`] : [];
    // A pronoun on its own (not "dit-il", which Apertium reads whole), before a word, unless its guard says otherwise.
    const alternatives = Object.keys(pronouns)
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w) + (PRONOUN_GUARDS[w.toLowerCase()] ?? ''));
    const subjectPattern = alternatives.length > 0 ? [`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?=\\s+\\p{L})`] : [];
    const abbreviationPattern =
      Object.keys(abbreviations).length > 0 ? [`(?<![\\p{L}.])(?:${Object.keys(abbreviations).map(escapeRegExp).join('|')})(?![\\p{L}])`] : [];
    pattern = new RegExp([...titlePattern, ...abbreviationPattern, ...subjectPattern, ...ALWAYS_PROTECTED, ...(protectNames ? [NAME] : [])].join('|'), 'gu');
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
