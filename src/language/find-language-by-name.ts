// Finds a language code from a language's name: English, French or its own name ("Deutsch").
import { createRequire } from 'node:module';
import type { LangCode } from '../domain/index.js';
import { extraLanguageNames } from './code-decisions.js';
import { parseLanguageTag } from './parse-language-tag.js';

type CldrLanguages = { main: Record<string, { localeDisplayNames: { languages: Record<string, string> } }> };

const require = createRequire(import.meta.url);
/** English and French: the languages the site is read in, and so the likeliest in hand-made inputs. */
const nameLocales = ['en', 'fr'];
let namesIndex: Map<string, LangCode> | null = null;

export function findLanguageByName(name: string): LangCode | null {
  namesIndex ??= buildNamesIndex();
  return namesIndex.get(foldName(name)) ?? null;
}

/** Lower-cased, accents and punctuation dropped, so "Francais" and "français" meet. */
function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function buildNamesIndex(): Map<string, LangCode> {
  const index = new Map<string, LangCode>();
  const add = (name: string | undefined, code: LangCode): void => {
    const key = name ? foldName(name) : '';
    // First name wins: the plain language ("Chinese") is listed before regional ones.
    if (key && !index.has(key)) index.set(key, code);
  };
  for (const locale of nameLocales) {
    const data = require(`cldr-localenames-full/main/${locale}/languages.json`) as CldrLanguages;
    const names = data.main[locale]?.localeDisplayNames.languages ?? {};
    for (const [key, name] of Object.entries(names)) {
      const code = key.includes('-alt-') ? null : parseLanguageTag(key);
      if (code) add(name, code);
    }
  }
  for (const [code, name] of Object.entries(extraLanguageNames)) add(name, code);
  for (const code of new Set(index.values())) add(nameInOwnLanguage(code), code);
  return index;
}

function nameInOwnLanguage(code: LangCode): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}
