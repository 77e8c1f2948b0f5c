// What the detector needs from a language-identification engine (fastText, eld).
import type { LangCode } from '../domain/index.js';

export type EngineName = 'fasttext' | 'eld';

export interface RankedLanguage {
  language: LangCode;
  /** 0..1; a probability for fastText, a calibrated score for eld (see eld-engine.ts). */
  score: number;
}

export interface LanguageEngine {
  readonly name: EngineName;
  /** Every code the engine can answer, in our code space. */
  readonly languages: readonly LangCode[];
  /** Candidates for one prepared line of text, best first; at most `limit` (-1: all it scored). */
  rank(text: string, limit: number): RankedLanguage[];
}

/** Adds up the scores of engine labels that our codes merge (fastText `sh` and `sr` are both `sr`). */
export function mergeRanked(ranked: RankedLanguage[]): RankedLanguage[] {
  const totals = new Map<LangCode, number>();
  for (const { language, score } of ranked) totals.set(language, (totals.get(language) ?? 0) + score);
  return [...totals]
    .map(([language, score]) => ({ language, score: Math.min(1, score) }))
    .sort((a, b) => b.score - a.score);
}
