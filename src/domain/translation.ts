// A translation of an article into a reader language, and the segment cache that makes translations cheap to redo.
import type { LangCode } from './language.js';

/** How much a reader can trust a translation: a real one, a word-by-word gloss, or the original text. */
export type TranslationQuality = 'machine' | 'gloss' | 'original';

export interface ArticleTranslation {
  articleId: string;
  /** The reader language. */
  target: LangCode;
  title: string;
  /** Null until the body has been translated (bodies can be translated on first view). */
  text: string | null;
  /** The provider that produced it ("apertium", "gloss", "libretranslate", ...). */
  provider: string;
  quality: TranslationQuality;
  /** Languages the text went through, e.g. ['fr', 'ca', 'en']; empty when unknown. */
  path: string[];
  translatedAt: string;
}

/** The key of one cached segment: (text hash, source, target, provider). */
export interface TranslationCacheKey {
  /** sha256 (hex) of the source text. */
  textHash: string;
  from: LangCode;
  to: LangCode;
  provider: string;
}

export interface CachedSegment {
  text: string;
  quality: TranslationQuality;
  provider: string;
  path?: string[];
}
