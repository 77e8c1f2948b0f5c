// The reader's language and the translations shown to them: resolution, loading, lazy translation.
export {
  READER_COOKIE,
  READER_LANGUAGES,
  TIME_ZONE_COOKIE,
  isReaderLanguage,
  rememberReaderLanguage,
  rememberTimeZone,
  type ReaderLanguage,
} from './reader-language.js';
export { readerMiddleware, type Reader, type ServeEnv } from './reader-context.js';
export {
  loadPageTranslations,
  needsTranslation,
  readableText,
  resolveHeadline,
  usableTranslation,
  type Headline,
  type HeadlineSource,
  type PageTranslations,
} from './translations.js';
export { DEFAULT_TRANSLATE_TIMEOUT_MS, translateWithin, type TranslateArticle } from './translate-on-view.js';
