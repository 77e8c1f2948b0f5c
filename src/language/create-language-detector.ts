// The language stage: a detector that loads its engine once and guesses the language of article texts.
import type { LangCode, LanguageGuess } from '../domain/index.js';
import { InputError, UNKNOWN_LANGUAGE } from '../domain/index.js';
import type { DecisionThresholds } from './decide-language.js';
import { decideLanguage, thresholdsFor } from './decide-language.js';
import type { EngineName } from './engine.js';
import { loadEngine } from './load-engine.js';
import { normalizeLanguageCode } from './normalize-language-code.js';
import { defaultMaxChars, prepareText } from './prepare-text.js';

export interface LanguageDetectorOptions {
  /** fastText lid.176 (default: 176 languages, fast) or eld (60 languages, pure JavaScript). */
  engine?: EngineName;
  /** Characters of cleaned text handed to the engine; the start of an article is enough. */
  maxChars?: number;
  /** Overrides of the engine's default thresholds (see decide-language.ts). */
  thresholds?: Partial<DecisionThresholds>;
}

export interface LanguageDetector {
  /**
   * Guesses the language of `text`. `hint` is what the input declares (a code, tag or name in any
   * form normalizeLanguageCode reads); it decides when the text is too short or the engine unsure,
   * and is overruled when the engine is confident. Never throws: junk gives `und`.
   */
  detect(text: string, hint?: string | null): Promise<LanguageGuess>;
  readonly engine: EngineName;
  /** Every language the engine can answer, in our codes. */
  readonly languages: readonly LangCode[];
}

/** Candidates asked of the engine: enough to find the hint's score when the engine ranks it lower. */
const rankLimit = 10;

export async function createLanguageDetector(options: LanguageDetectorOptions = {}): Promise<LanguageDetector> {
  const name = options.engine ?? 'fasttext';
  if (name !== 'fasttext' && name !== 'eld') {
    throw new InputError('language', `unknown engine "${String(name)}", expected "fasttext" or "eld"`, null);
  }
  const maxChars = options.maxChars ?? defaultMaxChars;
  const thresholds = { ...thresholdsFor(name), ...options.thresholds };
  const engine = await loadEngine(name);
  return {
    engine: name,
    languages: engine.languages,
    detect(text: string, hint?: string | null): Promise<LanguageGuess> {
      let guess: LanguageGuess;
      try {
        const prepared = prepareText(typeof text === 'string' ? text : '', maxChars);
        const ranked = prepared.letters > 0 ? engine.rank(prepared.text, rankLimit) : [];
        const hintCode = typeof hint === 'string' ? normalizeLanguageCode(hint) : null;
        guess = decideLanguage({ engine: name, prepared, ranked, hint: hintCode, thresholds });
      } catch {
        // An engine failing on one odd text must not stop a batch: that text has no language.
        guess = { language: UNKNOWN_LANGUAGE, confidence: 0, method: 'none' };
      }
      return Promise.resolve(guess);
    },
  };
}
