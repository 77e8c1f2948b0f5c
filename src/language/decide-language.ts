// The rules that turn an engine's ranking, the text's size and an input's declared language into one guess.
import type { LangCode, LanguageGuess } from '../domain/index.js';
import { UNKNOWN_LANGUAGE } from '../domain/index.js';
import type { EngineName, RankedLanguage } from './engine.js';
import type { PreparedText } from './prepare-text.js';

export interface DecisionThresholds {
  /** Below this many letters (CJK counting double) the text is too short to judge on its own. */
  minLetters: number;
  /** Below this share of letters the text is symbols, emoji or binary noise, not language. */
  minLetterShare: number;
  /** Without a hint, the engine's answer is taken from this score up; under it the answer is `und`. */
  minConfidence: number;
  /** With a hint, the engine overrules it only from this score up: inputs lie, but not often. */
  overruleHint: number;
}

/**
 * fastText's scores are probabilities: on one clean news sentence the right language gets 0.9+,
 * and 0.5 means two languages share the text (a quote, a name-heavy headline).
 */
const fastTextThresholds: DecisionThresholds = { minLetters: 15, minLetterShare: 0.5, minConfidence: 0.5, overruleHint: 0.8 };

/** eld's winner scores about 0.7-0.85 when reliable and at most ~0.5 when not (see eld-engine.ts). */
const eldThresholds: DecisionThresholds = { minLetters: 15, minLetterShare: 0.5, minConfidence: 0.5, overruleHint: 0.6 };

export function thresholdsFor(engine: EngineName): DecisionThresholds {
  return engine === 'eld' ? eldThresholds : fastTextThresholds;
}

export interface DecisionInput {
  engine: EngineName;
  prepared: PreparedText;
  /** The engine's ranking of `prepared.text`, best first (empty when it was not run). */
  ranked: readonly RankedLanguage[];
  /** The input's declared language, already normalised; null when absent or not a language. */
  hint: LangCode | null;
  thresholds: DecisionThresholds;
}

export function decideLanguage({ engine, prepared, ranked, hint, thresholds }: DecisionInput): LanguageGuess {
  const hintGuess = (): LanguageGuess => ({
    language: hint ?? UNKNOWN_LANGUAGE,
    // What the engine thought of the declared language, for what it is worth on this text.
    confidence: hint ? (ranked.find((r) => r.language === hint)?.score ?? 0) : 0,
    method: hint ? 'hint' : 'none',
  });
  const usable = prepared.letters >= thresholds.minLetters && prepared.letterShare >= thresholds.minLetterShare;
  const top = ranked[0];
  if (!usable || !top) return hintGuess();
  const detected: LanguageGuess = { language: top.language, confidence: top.score, method: engine };
  if (hint === null) return top.score >= thresholds.minConfidence ? detected : hintGuess();
  if (top.language === hint || top.score >= thresholds.overruleHint) return detected;
  return hintGuess();
}
