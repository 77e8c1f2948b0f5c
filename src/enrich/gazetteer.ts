// The gazetteer: every known name form, folded, mapped to one canonical entity; built once per enricher.
import type { EntityKind } from '../domain/index.js';
import { ALIASES } from './aliases.js';
import { loadCalendarWords } from './calendar-words.js';
import { loadCityNames } from './city-names.js';
import { loadCapitals, loadCountryNames, loadDemonyms } from './country-names.js';
import type { NameForm, NamedEntitySource } from './name-source.js';
import { canonicalEntityId, foldKey, transliterate } from './normalize.js';

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface GazetteerEntry {
  entity: KnownEntity;
  /** Languages the form is valid in; null when it is valid in any (English forms, our aliases). */
  langs: Set<string> | null;
}

export interface Gazetteer {
  /** Folded multi-word keys ("etats unis", "putin") to entities. */
  names: Map<string, GazetteerEntry>;
  /** Case-sensitive acronyms, transliterated and without dots ("NATO", "OTAN", "EEUU", "OON"). */
  acronyms: Map<string, GazetteerEntry>;
  /** Folded demonyms ("russian", "russes"): recognised so that they are skipped, never emitted. */
  demonyms: Set<string>;
  /** Folded month and weekday names in all our locales. */
  calendarWords: Set<string>;
  /** Languages some name form is tagged with: articles in other languages accept every form. */
  coveredLangs: Set<string>;
  /** Every word prefix of every name key ("etats", "etats unis"), so the matcher stops looking ahead early. */
  prefixes: Set<string>;
}

/** An all-capital form of 2 to 6 letters or digits (dots allowed: "EE.UU.", "U.S."), matched case-sensitively. */
export function toAcronym(text: string): string | null {
  const bare = transliterate(text).replace(/[.\s-]/g, '');
  if (bare.length < 2 || bare.length > 6) return null;
  if (!/^[A-Z][A-Z0-9]*\+?$/.test(bare)) return null;
  return bare;
}

/**
 * Builds the gazetteer. Sources in priority order, so a form claimed by two entities goes to the first:
 * our alias table, countries, capitals, CLDR cities. Keys shorter than 3 characters are only accepted
 * as acronyms, and month and weekday names are never keys ("Mars" is March in French).
 */
export function buildGazetteer(): Gazetteer {
  const calendarWords = loadCalendarWords();
  const gazetteer: Gazetteer = {
    names: new Map(),
    acronyms: new Map(),
    demonyms: new Set(),
    calendarWords,
    coveredLangs: new Set(),
    prefixes: new Set(),
  };
  const aliasSources: NamedEntitySource[] = ALIASES.map((a) => ({
    kind: a.kind,
    name: a.name,
    forms: [a.name, ...a.aliases].map((text) => ({ text, lang: null })),
  }));
  const entities = new Map<string, KnownEntity>();
  for (const source of [...aliasSources, ...loadCountryNames(), ...loadCapitals(), ...loadCityNames()]) {
    const id = canonicalEntityId(source.kind, source.name);
    let entity = entities.get(id);
    if (entity === undefined) {
      entity = { id, kind: source.kind, name: source.name };
      entities.set(id, entity);
    }
    const seen = new Set<string>();
    for (const form of source.forms) {
      const unique = `${form.lang ?? ''}\u0000${form.text}`;
      if (seen.has(unique)) continue;
      seen.add(unique);
      addForm(gazetteer, entity, form);
    }
  }
  for (const form of loadDemonyms()) {
    const key = foldKey(form.text);
    if (key.length >= 3 && !gazetteer.names.has(key)) gazetteer.demonyms.add(key);
  }
  return gazetteer;
}

function addForm(gazetteer: Gazetteer, entity: KnownEntity, form: NameForm): void {
  const acronym = toAcronym(form.text);
  if (acronym !== null) {
    addEntry(gazetteer.acronyms, acronym, entity, null);
    return;
  }
  const key = foldKey(form.text);
  if (key.length < 3 || gazetteer.calendarWords.has(key)) return;
  if (form.lang !== null) gazetteer.coveredLangs.add(form.lang);
  if (addEntry(gazetteer.names, key, entity, form.lang)) {
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) gazetteer.prefixes.add(key.slice(0, at));
    gazetteer.prefixes.add(key);
  }
}

/** Adds or widens an entry; returns false when the key already belongs to another entity. */
function addEntry(map: Map<string, GazetteerEntry>, key: string, entity: KnownEntity, lang: string | null): boolean {
  const existing = map.get(key);
  if (existing === undefined) {
    map.set(key, { entity, langs: lang === null ? null : new Set([lang]) });
    return true;
  }
  if (existing.entity.id !== entity.id) return false;
  if (lang === null) existing.langs = null;
  else existing.langs?.add(lang);
  return true;
}

/** Whether a gazetteer entry may be used in an article of this language. */
export function acceptsLanguage(gazetteer: Gazetteer, entry: GazetteerEntry, language: string): boolean {
  return entry.langs === null || entry.langs.has(language) || !gazetteer.coveredLangs.has(language);
}
