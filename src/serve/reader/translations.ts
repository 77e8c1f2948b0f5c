// The translations a page needs, loaded in one query, and what each headline shows in the reader's language.
import type { ArticleTranslation, LangCode } from '../../domain/index.js';
import { UNKNOWN_LANGUAGE } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { baseLanguage } from './reader-language.js';

export interface PageTranslations {
  target: LangCode;
  byId: ReadonlyMap<string, ArticleTranslation>;
}

/** How a headline relates to the reader's language. */
export type HeadlineStatus = 'same' | 'translated' | 'gloss' | 'pending' | 'untranslatable';

export interface Headline {
  text: string;
  /** Language of `text`, for the `lang` attribute; undefined when unknown. */
  lang: string | undefined;
  status: HeadlineStatus;
  /** The article's own language. */
  from: LangCode;
}

export interface HeadlineSource {
  id: string;
  language: LangCode;
  title: string;
}

export async function loadPageTranslations(store: Store, articleIds: string[], target: LangCode): Promise<PageTranslations> {
  const ids = [...new Set(articleIds)];
  const rows = ids.length > 0 ? await store.listTranslations(ids, target) : [];
  return { target, byId: new Map(rows.map((row) => [row.articleId, row])) };
}

/** True when the reader cannot read the article as written (an unknown language is left as it is). */
export function needsTranslation(language: LangCode, target: LangCode): boolean {
  return language !== '' && language !== UNKNOWN_LANGUAGE && baseLanguage(language) !== baseLanguage(target);
}

/** A translation worth showing: 'original' means the pipeline could not translate the text. */
export function usableTranslation(translations: PageTranslations, article: HeadlineSource): ArticleTranslation | undefined {
  if (!needsTranslation(article.language, translations.target)) return undefined;
  const found = translations.byId.get(article.id);
  return found && found.quality !== 'original' ? found : undefined;
}

export function resolveHeadline(translations: PageTranslations, article: HeadlineSource): Headline {
  const original: Headline = { text: article.title, lang: langAttribute(article.language), status: 'same', from: article.language };
  if (!needsTranslation(article.language, translations.target)) return original;
  const found = translations.byId.get(article.id);
  if (!found) return { ...original, status: 'pending' };
  if (found.quality === 'original') return { ...original, status: 'untranslatable' };
  return { text: found.title, lang: translations.target, status: found.quality === 'gloss' ? 'gloss' : 'translated', from: article.language };
}

/** An article's text in the reader's language when its body is translated, else as written. */
export function readableText(
  translations: PageTranslations,
  article: HeadlineSource & { text: string },
): { text: string; lang: string | undefined } {
  const translation = usableTranslation(translations, article);
  return translation?.text != null
    ? { text: translation.text, lang: translation.target }
    : { text: article.text, lang: langAttribute(article.language) };
}

function langAttribute(code: string): string | undefined {
  return code && code !== UNKNOWN_LANGUAGE ? code : undefined;
}
