// Which language the reader reads in: `?lang=` (remembered in a cookie), else the cookie, else the site default.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { LangCode } from '../../domain/index.js';

/** Languages the site's own words exist in; headlines and articles are translated into these. */
export const READER_LANGUAGES = ['en', 'fr'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

export const READER_COOKIE = 'bw_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface ReaderChoice {
  lang: ReaderLanguage;
  /** Where the choice came from: the API only adds translations when the reader asked (query or cookie). */
  source: 'query' | 'cookie' | 'default';
}

export function isReaderLanguage(value: string | undefined): value is ReaderLanguage {
  return (READER_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** An unsupported `?lang=` or cookie is ignored rather than refused: a stale link must still open the page. */
export function resolveReaderLanguage(c: Context, fallback: string): ReaderChoice {
  const query = c.req.query('lang');
  if (isReaderLanguage(query)) return { lang: query, source: 'query' };
  const cookie = getCookie(c, READER_COOKIE);
  if (isReaderLanguage(cookie)) return { lang: cookie, source: 'cookie' };
  return { lang: isReaderLanguage(fallback) ? fallback : 'en', source: 'default' };
}

export function rememberReaderLanguage(c: Context, lang: ReaderLanguage): void {
  setCookie(c, READER_COOKIE, lang, { path: '/', sameSite: 'Lax', maxAge: ONE_YEAR_SECONDS });
}

/** `fr-CA` and `fr` are the same language for deciding whether a translation is needed. */
export function baseLanguage(code: LangCode): string {
  return code.toLowerCase().split('-')[0] ?? code;
}

export const TIME_ZONE_COOKIE = 'bw_tz';

export function rememberTimeZone(c: Context, timeZone: string): void {
  setCookie(c, TIME_ZONE_COOKIE, timeZone, { path: '/', sameSite: 'Lax', maxAge: ONE_YEAR_SECONDS });
}
