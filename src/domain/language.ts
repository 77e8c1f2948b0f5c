// Language codes: ISO 639-1 where one exists ("en", "fr"), ISO 639-3 otherwise ("fil", "yue").

export type LangCode = string;

/** The code used when no language could be identified. */
export const UNKNOWN_LANGUAGE: LangCode = 'und';

export interface LanguageGuess {
  language: LangCode;
  /** 0..1, the detector's probability for `language`. */
  confidence: number;
  /** Which detector (or hint) decided. */
  method: 'fasttext' | 'eld' | 'hint' | 'none';
}
