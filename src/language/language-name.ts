// A language's name for readers ("French", "français"), from ICU's CLDR data through Intl.DisplayNames.
import { createRequire } from 'node:module';
import type { LangCode } from '../domain/index.js';
import { UNKNOWN_LANGUAGE } from '../domain/index.js';
import { extraLanguageNames } from './code-decisions.js';

type CldrLanguages = { main: Record<string, { localeDisplayNames: { languages: Record<string, string> } }> };

const require = createRequire(import.meta.url);
const namers = new Map<string, Intl.DisplayNames>();
const unknownNames = new Map<string, string>();

/**
 * The name of `code` in `displayLocale`, e.g. ("de", "fr") -> "allemand". Falls back to the
 * English reference name for the few codes ICU cannot name, then to the code itself; an invalid
 * display locale falls back to English.
 */
export function languageName(code: LangCode, displayLocale: string): string {
  if (code === UNKNOWN_LANGUAGE) return unknownLanguageName(displayLocale);
  let name: string | undefined;
  try {
    name = namerFor(displayLocale).of(code);
  } catch {
    // Not a well-formed code: show it as given rather than fail a page.
    name = undefined;
  }
  return name ?? extraLanguageNames[code] ?? code;
}

function namerFor(locale: string): Intl.DisplayNames {
  let namer = namers.get(locale);
  if (!namer) {
    try {
      namer = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    } catch {
      namer = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    }
    namers.set(locale, namer);
  }
  return namer;
}

/** ICU names `und` "root" (its name for the base locale), so CLDR's own "Unknown language" is read instead. */
function unknownLanguageName(locale: string): string {
  let name = unknownNames.get(locale);
  if (name === undefined) {
    name = readUnknownName(baseLanguage(locale)) ?? readUnknownName('en') ?? 'Unknown language';
    unknownNames.set(locale, name);
  }
  return name;
}

function baseLanguage(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
}

function readUnknownName(language: string): string | undefined {
  // Only a plain language subtag reaches the path: nothing else can name a file to load.
  if (!/^[a-z]{2,3}$/.test(language)) return undefined;
  try {
    const data = require(`cldr-localenames-full/main/${language}/languages.json`) as CldrLanguages;
    return data.main[language]?.localeDisplayNames.languages[UNKNOWN_LANGUAGE];
  } catch {
    return undefined;
  }
}
