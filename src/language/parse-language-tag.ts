// Reads one BCP 47 or ISO 639 tag ("fr-FR", "pt_BR", "zho-CN", "arb") down to our language code.
import type { LangCode } from '../domain/index.js';
import { codeReplacements, extraLanguageNames, nonLanguageCodes } from './code-decisions.js';

const englishNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/**
 * Intl.Locale applies CLDR's alias data, which already holds the mapping we want: ISO 639-2/T
 * and /B codes to ISO 639-1 (`deu`, `ger` -> `de`), ISO 639-3 individual languages to the
 * macrolanguage everyone means (`arb` -> `ar`, `cmn` -> `zh`, `zsm` -> `ms`), deprecated codes
 * (`iw` -> `he`), extlang forms (`zh-yue` -> `yue`) and grandfathered tags. Script, region and
 * variants are dropped: "zh-Hant" and "srp-Cyrl" are Chinese and Serbian.
 */
export function parseLanguageTag(tag: string): LangCode | null {
  const dashed = tag.replaceAll('_', '-');
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(dashed);
  } catch {
    // Intl refuses extlang tags ("zh-yue", "ar-arb"); their second subtag is the language itself.
    const extlang = /^[a-z]{2,3}-([a-z]{3})(?:-|$)/i.exec(dashed)?.[1];
    return extlang ? parseLanguageTag(extlang) : null;
  }
  // Node reports `und` as an undefined language although the type says string.
  const language = (locale.language as string | undefined)?.toLowerCase() ?? 'und';
  if (nonLanguageCodes.has(language) || /^q[a-t][a-z]$/.test(language)) return null;
  const code = codeReplacements[language] ?? language;
  return isKnownLanguage(code) ? code : null;
}

/** A code is known when ICU can name it or we name it ourselves; "xx" or "xyz" are not. */
function isKnownLanguage(code: string): boolean {
  return code in extraLanguageNames || englishNames.of(code) !== undefined;
}
