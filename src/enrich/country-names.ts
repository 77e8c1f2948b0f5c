// Country names in many languages, and country demonyms, from world-countries and i18n-iso-countries.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Countries } from 'world-countries';
import { ISO3_TO_ISO1 } from './name-source.js';
import type { NameForm, NamedEntitySource } from './name-source.js';

// world-countries is CommonJS exporting the array itself; its typings declare an ES default export.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

/**
 * world-countries (npm, mledoze/countries data): English common and official names, native names,
 * translations in ~25 languages and English/French alternative spellings; the English common name
 * ("Iceland", "United States") is the canonical display name.
 * i18n-iso-countries (npm): country names in ~80 languages keyed by ISO 3166 alpha-2, with variants
 * (select: 'all'); it fills the languages world-countries lacks (ru "Исландия" is in both; ro, uk... only here).
 * Two-letter codes and short all-capital alternative spellings ("IS", "FR") are left out: they
 * collide with words and pronouns; the few that matter (US, UK, USA) are in aliases.ts.
 */
export function loadCountryNames(): NamedEntitySource[] {
  const i18nLangs = countries.langs();
  const namesByLang = new Map<string, Record<string, string | string[]>>();
  for (const lang of i18nLangs) namesByLang.set(lang, countries.getNames(lang, { select: 'all' }));
  const sources: NamedEntitySource[] = [];
  for (const country of worldCountries) {
    const forms: NameForm[] = [
      { text: country.name.common, lang: null },
      { text: country.name.official, lang: null },
    ];
    for (const [code, native] of Object.entries(country.name.native)) {
      const lang = ISO3_TO_ISO1[code] ?? code;
      forms.push({ text: native.common, lang }, { text: native.official, lang });
    }
    for (const [code, tr] of Object.entries(country.translations)) {
      const lang = ISO3_TO_ISO1[code] ?? code;
      forms.push({ text: tr.common, lang }, { text: tr.official, lang });
    }
    // Alternative spellings mix languages ("Island" for Iceland is Icelandic, not English): tag them with
    // the country's own language so they only match in articles written in it.
    const ownLang = Object.keys(country.languages)[0];
    for (const alt of country.altSpellings) {
      if (alt.length <= 2) continue;
      forms.push({ text: alt, lang: ownLang === undefined ? null : (ISO3_TO_ISO1[ownLang] ?? ownLang) });
    }
    for (const [lang, names] of namesByLang) {
      const found = names[country.cca2];
      if (found === undefined) continue;
      for (const text of Array.isArray(found) ? found : [found]) forms.push({ text, lang: lang === 'en' ? null : lang });
    }
    sources.push({ kind: 'place', name: country.name.common, forms });
  }
  return sources;
}

/**
 * Demonyms from world-countries (English and French, singular forms; we add the plural -s):
 * "Russian", "Russians", "Russe", "Russes". They are recognised only so that they are not taken
 * for people or organisations ("Russian President Vladimir Putin"); we do not emit them as places,
 * because an adjective says little about where the event is and would blur clustering.
 */
export function loadDemonyms(): NameForm[] {
  const forms: NameForm[] = [];
  for (const country of worldCountries) {
    for (const [code, { f, m }] of Object.entries(country.demonyms)) {
      const lang = ISO3_TO_ISO1[code] ?? code;
      for (const word of new Set([f, m, `${f}s`, `${m}s`])) forms.push({ text: word, lang: lang === 'en' ? null : lang });
    }
  }
  return forms;
}

/** Country capitals from world-countries, in English, as places of their own ("Reykjavik", "Moscow"). */
export function loadCapitals(): NamedEntitySource[] {
  const sources: NamedEntitySource[] = [];
  for (const country of worldCountries) {
    for (const capital of country.capital) sources.push({ kind: 'place', name: capital, forms: [{ text: capital, lang: null }] });
  }
  return sources;
}
