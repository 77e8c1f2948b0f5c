// Text normalisation shared by the gazetteer, the matcher and the clustering stage: folding, transliteration, ids.
import anyAscii from 'any-ascii';
import type { EntityKind } from '../domain/index.js';

/** Any script to ASCII (any-ascii): "Путин" -> "Putin", "Genève" -> "Geneve", "Weißes" -> "Weisses". */
export function transliterate(s: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII range; most names need no work
  return /^[\x00-\x7f]*$/.test(s) ? s : anyAscii(s);
}

/** Lower-cases and strips accents but keeps the script: "Négociations" -> "negociations", "Путин" -> "путин". */
export function normalizeToken(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * The matching key of a name: ASCII, lower case, words separated by single spaces, punctuation dropped.
 * "États-Unis" -> "etats unis", "EE.UU." -> "ee uu", "Путин" -> "putin".
 * Apostrophes in the text separate words ("l'OTAN"); those transliteration adds for soft signs
 * ("Навальный" -> "Naval'nyy") are dropped, so the key stays one word.
 */
export function foldKey(s: string): string {
  return transliterate(s.replace(/['’]/g, ' '))
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The id slug of a name: "Vladimir Putin" -> "vladimir-putin". */
export function slugifyName(name: string): string {
  return foldKey(name).replace(/ /g, '-');
}

/** Canonical entity id: `person:vladimir-putin`, `place:iceland`, `org:nato`. */
export function canonicalEntityId(kind: EntityKind, name: string): string {
  return `${kind}:${slugifyName(name)}`;
}

/**
 * The surname key of a person id (its last name part), for matching a lone surname across articles:
 * `person:antony-blinken` -> "blinken". Other kinds have none.
 */
export function personSurnameKey(id: string): string | null {
  if (!id.startsWith('person:')) return null;
  const parts = id.slice('person:'.length).split('-');
  return parts[parts.length - 1] ?? null;
}
