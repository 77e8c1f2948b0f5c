// Per request: the reader's language, the site chrome in it, and the header's switch links for this page.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { createUi, isTimeZone, type LanguageLink, type Ui } from '../i18n/index.js';
import {
  READER_LANGUAGES,
  TIME_ZONE_COOKIE,
  rememberReaderLanguage,
  resolveReaderLanguage,
  type ReaderChoice,
  type ReaderLanguage,
} from './reader-language.js';

export interface Reader extends ReaderChoice {
  ui: Ui;
  /** IANA time zone publication times are shown in (cookie `bw_tz`, else the site's). */
  timeZone: string;
}

export interface ServeEnv {
  Variables: { reader: Reader };
}

/** Each language's name in itself. */
const AUTONYMS: Record<ReaderLanguage, string> = { en: 'English', fr: 'Français' };

/**
 * Resolves the reader for every request and stores it on the context; pages (not the API) remember
 * a `?lang=` choice in the `bw_lang` cookie. Never throws: a bad choice falls back to the default.
 */
export function readerMiddleware(siteName: string, defaultLanguage: string, defaultTimeZone = 'UTC'): MiddlewareHandler<ServeEnv> {
  // Intl formatters are costly to build: one Ui per (language, zone) actually seen, bounded.
  const uis = new Map<string, Ui>();
  const uiFor = (lang: ReaderLanguage, zone: string): Ui => {
    const key = `${lang} ${zone}`;
    let ui = uis.get(key);
    if (!ui) {
      ui = createUi(siteName, lang, zone);
      if (uis.size < 512) uis.set(key, ui);
    }
    return ui;
  };
  return async (c, next) => {
    const choice = resolveReaderLanguage(c, defaultLanguage);
    const cookieZone = getCookie(c, TIME_ZONE_COOKIE);
    const timeZone = isTimeZone(cookieZone) ? cookieZone : defaultTimeZone;
    const base = uiFor(choice.lang, timeZone);
    c.set('reader', { ...choice, timeZone, ui: { ...base, languageLinks: languageLinks(c, choice.lang) } });
    const page = !isUnder(c.req.path, '/api') && !isUnder(c.req.path, '/assets');
    if (choice.source === 'query' && page) rememberReaderLanguage(c, choice.lang);
    await next();
    // The same address renders differently per cookie; shared caches must not mix readers up.
    if (!isUnder(c.req.path, '/assets')) c.header('Vary', 'Cookie', { append: true });
  };
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The current address with `lang` replaced, so switching keeps the reader on the same page. */
function languageLinks(c: Context, current: ReaderLanguage): LanguageLink[] {
  const url = new URL(c.req.url);
  return READER_LANGUAGES.map((lang) => {
    const params = new URLSearchParams(url.search);
    params.set('lang', lang);
    return { lang, label: AUTONYMS[lang], href: `${url.pathname}?${params.toString()}`, current: lang === current };
  });
}
