// Finds gazetteer names (aliases, countries, cities, acronyms) and demonyms in a piece list.
import { acceptsLanguage, toAcronym } from './gazetteer.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
import { ORG_KEYS, PLACE_KEYS, TITLE_KEYS } from './name-words.js';
import { foldKey } from './normalize.js';
import type { Piece } from './tokenize.js';

export interface KnownMatch {
  entity: KnownEntity;
  start: number;
  /** Index after the last piece. */
  end: number;
}

export interface MatchContext {
  gazetteer: Gazetteer;
  language: string;
  stopwords: ReadonlySet<string>;
  /** Off for titles, whose Title Case capitals make every neighbour look like a name. */
  checkNeighbours: boolean;
}

/** Russian and Ukrainian case endings, longest first: "Путина" -> "Путин", "Москве" -> "Москв" + "а". */
const CYRILLIC_ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ом', 'ем', 'ой', 'ей', 'ым', 'им', 'ах', 'ях', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Scans left to right, longest match first. Returns the matches and marks every piece they cover
 * (demonyms included) in `claimed`, so candidate names are only looked for in what is left.
 */
export function matchKnownNames(pieces: readonly Piece[], context: MatchContext, claimed: boolean[]): KnownMatch[] {
  const matches: KnownMatch[] = [];
  let i = 0;
  while (i < pieces.length) {
    const found = matchAt(pieces, i, context, claimed);
    if (found === 'demonym') {
      claimed[i] = true;
      i += 1;
    } else if (found !== null) {
      for (let k = found.start; k < found.end; k += 1) claimed[k] = true;
      matches.push(found);
      i = found.end;
    } else {
      i += 1;
    }
  }
  return matches;
}

function matchAt(pieces: readonly Piece[], i: number, context: MatchContext, claimed: readonly boolean[]): KnownMatch | 'demonym' | null {
  const { gazetteer } = context;
  const first = pieces[i];
  if (first === undefined || !first.cap) return null;
  const acronym = matchAcronym(pieces, i, gazetteer);
  if (acronym !== null) return acronym;
  // Grow the key word by word while it is still the start of some known name, then try longest first.
  const keys: string[] = [];
  let key = '';
  for (let k = i; k < pieces.length; k += 1) {
    const piece = pieces[k];
    if (piece === undefined || (k > i && piece.join === 'break')) break;
    key = k === i ? piece.key : `${key} ${piece.key}`;
    if (!gazetteer.prefixes.has(key)) break;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n -= 1) {
    const entry = gazetteer.names.get(keys[n - 1] ?? '');
    if (entry === undefined || !acceptsLanguage(gazetteer, entry, context.language)) continue;
    // "La réunion" opening a sentence is a meeting, "La Réunion" the island: after a leading article, a capital is required.
    if (n > 1 && context.stopwords.has(first.key) && pieces[i + 1]?.cap !== true) continue;
    // A lone known word next to an unknown capitalised name is part of that name: "Michael Jordan", "Jill Biden".
    if (n === 1 && touchesUnknownName(pieces, i, context, claimed)) return null;
    return { entity: entry.entity, start: i, end: i + n };
  }
  if (gazetteer.demonyms.has(first.key)) return 'demonym';
  const inflected = matchInflected(first, context);
  if (inflected !== null && !touchesUnknownName(pieces, i, context, claimed)) return { entity: inflected, start: i, end: i + 1 };
  return null;
}

/** All-capital acronyms, including dotted ones split into pieces ("EE.UU.", "U.S.") and "G-20". */
function matchAcronym(pieces: readonly Piece[], i: number, gazetteer: Gazetteer): KnownMatch | null {
  const first = pieces[i];
  if (first === undefined) return null;
  let text = first.text;
  let end = i + 1;
  for (let next = pieces[end]; next !== undefined; next = pieces[end]) {
    const dotted = next.join === 'dot' && next.cap && next.text.length <= 3;
    const numbered = (next.join === 'hyphen' || next.join === 'space') && /^\d{1,2}$/.test(next.text) && text.length === 1;
    if (!dotted && !numbered) break;
    text += next.text;
    end += 1;
  }
  for (const [candidate, stop] of end > i + 1 ? ([[text, end], [first.text, i + 1]] as const) : ([[first.text, i + 1]] as const)) {
    const acronym = toAcronym(candidate);
    const entry = acronym === null ? undefined : gazetteer.acronyms.get(acronym);
    if (entry !== undefined) return { entity: entry.entity, start: i, end: stop };
  }
  return null;
}

/** Inflected forms: Russian/Ukrainian case endings, German genitive -s ("Russlands", "Putins"). */
function matchInflected(piece: Piece, context: MatchContext): KnownEntity | null {
  const candidates: string[] = [];
  if (CYRILLIC.test(piece.text)) {
    for (const ending of CYRILLIC_ENDINGS) {
      if (!piece.text.endsWith(ending) || piece.text.length - ending.length < 3) continue;
      const base = piece.text.slice(0, -ending.length);
      candidates.push(base, `${base}а`, `${base}я`, `${base}ь`);
    }
  } else if (context.language === 'de' && piece.text.endsWith('s') && piece.text.length > 4) {
    candidates.push(piece.text.slice(0, -1));
  }
  for (const candidate of candidates) {
    const entry = context.gazetteer.names.get(foldKey(candidate));
    if (entry !== undefined && acceptsLanguage(context.gazetteer, entry, context.language)) return entry.entity;
  }
  return null;
}

/**
 * Whether a neighbour is a capitalised word that no known name explains. A neighbour that starts a
 * known name ("президент России Владимир Путин") does not count.
 */
function touchesUnknownName(pieces: readonly Piece[], i: number, context: MatchContext, claimed: readonly boolean[]): boolean {
  const piece = pieces[i];
  const previous = pieces[i - 1];
  const next = pieces[i + 1];
  if (piece === undefined || !context.checkNeighbours) return false;
  if (piece.join === 'space' && previous !== undefined && claimed[i - 1] !== true && !previous.sentenceStart && isNameWord(previous, context)) return true;
  if (next === undefined || next.join !== 'space' || !isNameWord(next, context)) return false;
  return matchAt(pieces, i + 1, { ...context, checkNeighbours: false }, claimed) === null;
}

/** A capitalised word that could belong to a person's name: not a title, stopword, month or known name. */
function isNameWord(piece: Piece, context: MatchContext): boolean {
  const { gazetteer } = context;
  if (!piece.cap || piece.allCaps || /^\d/.test(piece.text) || piece.key.length < 2) return false;
  const key = piece.key;
  return !context.stopwords.has(key) && !TITLE_KEYS.has(key) && !ORG_KEYS.has(key) && !PLACE_KEYS.has(key) &&
    !gazetteer.calendarWords.has(key) && !gazetteer.demonyms.has(key) && !gazetteer.names.has(key);
}
