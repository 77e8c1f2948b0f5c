// The Translator interface every provider implements, and what a translation returns.
import type { LangCode } from '../domain/index.js';

/** How much a reader can trust a result: a real translation, a word-by-word gloss, or the text as it came. */
export type TranslationQuality = 'machine' | 'gloss' | 'original';

export interface TranslationRequest {
  /** Plain-text segments (titles, paragraphs or whole texts); the result has one output per segment. */
  segments: string[];
  from: LangCode;
  to: LangCode;
  /** The article or file the text belongs to, named in error messages. */
  ref?: string;
}

export interface TranslationResult {
  segments: string[];
  /** Provider that produced the result ("apertium", "libretranslate", "gloss", "original", ...). */
  provider: string;
  quality: TranslationQuality;
  /** Languages the text went through, e.g. ['fr', 'ca', 'en'] for a pivot through Catalan. */
  path?: string[];
}

export interface Translator {
  readonly name: string;
  supports(from: LangCode, to: LangCode): boolean | Promise<boolean>;
  translate(request: TranslationRequest): Promise<TranslationResult>;
  /** Stops long-running processes or timers, if the provider has any. */
  close?(): Promise<void>;
}
