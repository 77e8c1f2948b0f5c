// What we add to Apertium's raw output: unknown-word marks resolved, spacing and quotes fixed, capitals kept.
import { fixMidSentenceCapitals } from './english-casing.js';
import { simplifyPerfect, simplifyReporting } from './english-tense.js';
import { addTheBeforeUS, addWeekdayOn, fixCatalanAt, fixDates, fixPluralPossessor, fixRelatives, fixRomanceWording, fixSpeakerPronoun } from './english-wording.js';
import { restorePlaceholders } from './stream-format.js';

export interface PostprocessOptions {
  /** The source chunk, to copy its initial capital. */
  source: string;
  /** Languages along the path: a word marked n times was unknown since stage (hops - n). */
  path: readonly string[];
  /** Translates one word unknown to Apertium from a dictionary, if one is available for its language. */
  lookupUnknown?: (word: string, from: string, to: string) => string | undefined;
  protectedSpans: readonly string[];
}

// A run of marks glued to the start of a word: `*Macron`, `**MWP`, `#fent`, `@maison`.
const MARKED_WORD = /(?<![\p{L}\p{N}\\])([*#@]+)([\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)/gu;

/** Cleans one decoded chunk of Apertium output. */
export function postprocessChunk(decoded: string, options: PostprocessOptions): string {
  const target = options.path[options.path.length - 1] ?? '';
  const hops = options.path.length - 1;
  let text = decoded.replace(MARKED_WORD, (_, marks: string, word: string) => {
    // Marked at every stage: the word is still in the source language; otherwise in the pivot it reached.
    const language = options.path[Math.max(0, hops - marks.length)] ?? '';
    const lookedUp = isLowerCase(word) && language !== target ? options.lookupUnknown?.(word, language, target) : undefined;
    return lookedUp ?? word;
  });
  // Marks glued inside a word ("Baden-*Wurttemberg", "17*è"): literal ones were protected, so any left are marks.
  text = text.replace(/[*#@]+(?=[\p{L}\p{N}])/gu, '');
  text = fixSpacing(text, target);
  if (target === 'en') text = fixMidSentenceCapitals(fixEnglish(text, options.path), options.source);
  text = dropGuessedSubjects(text, options.protectedSpans);
  text = restorePlaceholders(text, options.protectedSpans);
  // After the spans are back: "US" is one of them.
  if (target === 'en') text = addTheBeforeUS(text);
  return matchInitialCapital(text, options.source);
}

const SUBJECT_PRONOUN = /^(?:he|she|they|He|She|They)$/u;

/** After a subject carried across as English ("[She] it has said"), the pronoun the last pair guessed goes. */
export function dropGuessedSubjects(text: string, spans: readonly string[]): string {
  return text.replace(/(\uE000(\d+)\uE001) (?:it|he|she|they|It|He|She|They)\b/gu, (whole: string, placeholder: string, n: string) =>
    SUBJECT_PRONOUN.test(spans[Number(n)] ?? '') ? placeholder : whole,
  );
}

function isLowerCase(word: string): boolean {
  return word === word.toLowerCase() && word !== word.toUpperCase();
}

function fixSpacing(text: string, target: string): string {
  let out = text.replace(/\s+/gu, ' ').trim();
  out = out.replace(/\s+([,.;:!?%)\]])/gu, '$1').replace(/([([])\s+/gu, '$1');
  if (target === 'en') {
    // French guillemets and spaced punctuation carried over from the source.
    out = out.replace(/«\s*/gu, '"').replace(/\s*»/gu, '"').replace(/[“”„]/gu, '"').replace(/[‘’]/gu, "'");
  }
  return out;
}

// Languages writing 2,5 for 2.5 and 1.000 for 1,000.
const DECIMAL_COMMA = new Set(['fr', 'es', 'ca', 'pt', 'it', 'de', 'nl', 'ro', 'gl', 'oc']);
// Romance sources, whose pairs into English share the word choices `fixRomanceWording` corrects.
const ROMANCE = new Set(['fr', 'es', 'ca', 'pt', 'it', 'ro', 'gl', 'oc']);
// Sources whose third-person possessive ("su", "seu") does not tell a singular possessor from a plural one.
const AMBIGUOUS_POSSESSIVE = new Set(['es', 'pt', 'ca', 'gl']);
const WEEKDAY = /\b(?:the|The) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?! (?:before|after|of|that|when|in which)\b)/gu;

// English conventions Apertium carries over from Romance sources: number punctuation, "the Tuesday".
function fixEnglish(text: string, path: readonly string[]): string {
  const source = path[0] ?? '';
  let out = text;
  if (DECIMAL_COMMA.has(source)) {
    out = out.replace(/(\d)\.(\d{3})(?=\D|$)/gu, '$1,$2').replace(/(\d),(\d{1,2})(?!\d)/gu, '$1.$2');
  }
  // "un 58 %", "un 3,5 %": English has no article before a percentage.
  out = out.replace(/\b(?:[Aa]n?) (?=\d[\d.,]* ?%)/gu, '');
  // English news spells the sign out: "58 %" -> "58 percent".
  out = out.replace(/(\d) ?%(?![\p{L}\p{N}])/gu, '$1 percent');
  // "17e siècle", "1er", "17è" (the Catalan pivot's form) -> "17th", "1st".
  out = out.replace(/\b(\d+)(?:è|ème|e|er|re|º|ª)(?!\p{L})/gu, (_, n: string) => n + ordinalSuffix(Number(n)));
  // Measured on our dev slice: French passé composé reads as the English simple past; Spanish is the other way.
  if (source === 'fr') out = simplifyPerfect(out);
  if (ROMANCE.has(source)) out = simplifyReporting(out);
  if (ROMANCE.has(source)) out = fixDates(fixRelatives(fixRomanceWording(out)));
  // Pro-drop sources leave reporting verbs without a subject (French ones too, after a quotation: "..., a-t-il dit").
  if (ROMANCE.has(source)) out = fixSpeakerPronoun(out);
  if (AMBIGUOUS_POSSESSIVE.has(source)) out = fixPluralPossessor(out);
  // Only what came into English through cat-eng (French by default, Catalan, Italian, Portuguese).
  if (path[path.length - 2] === 'ca') out = fixCatalanAt(out);
  out = out.replace(WEEKDAY, (_, day: string) => day);
  return ROMANCE.has(source) ? addWeekdayOn(out) : out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function matchInitialCapital(text: string, source: string): string {
  const sourceFirst = /\p{L}/u.exec(source)?.[0];
  // The first word may be a number ("58 percent" after "A 58%" lost its article): then nothing to capitalise.
  const index = text.search(/[\p{L}\p{N}]/u);
  if (!sourceFirst || index < 0) return text;
  const first = text[index] ?? '';
  if (sourceFirst === sourceFirst.toUpperCase() && sourceFirst !== sourceFirst.toLowerCase()) {
    return text.slice(0, index) + first.toUpperCase() + text.slice(index + 1);
  }
  return text;
}
