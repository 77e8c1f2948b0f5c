// Finds the entities of one article: gazetteer names, then unknown names, then lone surnames.
import type { EntityKind, EntityMention } from '../domain/index.js';
import type { Gazetteer } from './gazetteer.js';
import { findNameCandidates } from './find-name-candidates.js';
import type { NameCandidate } from './find-name-candidates.js';
import { guessEntityKind } from './guess-entity-kind.js';
import { matchKnownNames } from './match-known-names.js';
import type { MatchContext } from './match-known-names.js';
import { ORG_KEYS, PLACE_KEYS, TITLE_KEYS } from './name-words.js';
import { canonicalEntityId, foldKey } from './normalize.js';
import { getNameStopwords } from './stopwords.js';
import { tokenize } from './tokenize.js';

interface Mention {
  id: string;
  kind: EntityKind;
  name: string;
  surfaces: Set<string>;
  count: number;
  inTitle: boolean;
}

interface PlacedCandidate extends NameCandidate {
  inTitle: boolean;
}

/** A lone unknown word is an entity ('other') only when it recurs mid-sentence this often. */
const MIN_SINGLE_WORD_COUNT = 2;

/**
 * Unknown multi-word names are kept when at least one occurrence is in the body and not at a
 * sentence start (a headline's Title Case proves nothing). A lone word that is the last word of a
 * person named in the same article ("Blinken" after "Antony Blinken", anywhere in it) counts for
 * that person: same-document coreference by surname. Person ids keep the full name
 * (`person:antony-blinken`); clustering can compare surnames across articles with `personSurnameKey`.
 */
export function findEntities(gazetteer: Gazetteer, title: string, text: string, language: string): EntityMention[] {
  const mentions = new Map<string, Mention>();
  const stopwords = getNameStopwords(language);
  const candidates: PlacedCandidate[] = [];
  for (const [segment, inTitle] of [[title, true], [text, false]] as const) {
    const context: MatchContext = { gazetteer, language, stopwords, checkNeighbours: !inTitle };
    const pieces = tokenize(segment);
    const claimed = new Array<boolean>(pieces.length).fill(false);
    for (const match of matchKnownNames(pieces, context, claimed)) {
      const first = pieces[match.start];
      const last = pieces[match.end - 1];
      if (first === undefined || last === undefined) continue;
      addMention(mentions, match.entity, segment.slice(first.start, last.end), inTitle);
    }
    for (const candidate of findNameCandidates(segment, pieces, claimed, context)) candidates.push({ ...candidate, inTitle });
  }
  acceptCandidates(mentions, candidates, language);
  return [...mentions.values()]
    .map((m) => ({ id: m.id, kind: m.kind, name: m.name, surfaces: [...m.surfaces].sort(), count: m.count, inTitle: m.inTitle }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function acceptCandidates(mentions: Map<string, Mention>, candidates: readonly PlacedCandidate[], language: string): void {
  const multi = groupByKey(candidates.filter((c) => c.keys.length > 1));
  for (const group of multi.values()) {
    if (!group.some((c) => !c.inTitle && !c.atSentenceStart)) continue;
    const firstInBody = group.find((c) => !c.inTitle) ?? group[0];
    if (firstInBody === undefined) continue;
    const kind = guessEntityKind(firstInBody.keys);
    const name = firstInBody.words.join(' ');
    const entity = { id: canonicalEntityId(kind, name), kind, name };
    for (const c of group) addMention(mentions, entity, c.surface, c.inTitle);
  }
  const surnames = collectSurnames(mentions);
  const singles = groupByKey(candidates.filter((c) => c.keys.length === 1));
  for (const [key, group] of singles) {
    const person = surnames.get(key);
    if (person !== undefined) {
      for (const c of group) addMention(mentions, person, c.surface, c.inTitle);
      continue;
    }
    // German capitalises every noun, so a lone capitalised word says nothing there.
    if (language === 'de' || key.length < 3 || ORG_KEYS.has(key) || PLACE_KEYS.has(key) || TITLE_KEYS.has(key)) continue;
    const midSentence = group.filter((c) => !c.inTitle && !c.atSentenceStart).length;
    const first = group.find((c) => !c.inTitle && !c.atSentenceStart);
    if (midSentence < MIN_SINGLE_WORD_COUNT || first === undefined) continue;
    const name = first.words.join(' ');
    const entity = { id: canonicalEntityId('other', name), kind: 'other' as const, name };
    for (const c of group) addMention(mentions, entity, c.surface, c.inTitle);
  }
}

/** Last word of every person found so far -> that person; a surname shared by two people is dropped. */
function collectSurnames(mentions: ReadonlyMap<string, Mention>): Map<string, Mention> {
  const surnames = new Map<string, Mention>();
  const ambiguous = new Set<string>();
  for (const mention of mentions.values()) {
    if (mention.kind !== 'person') continue;
    const lastWords = new Set([mention.name, ...mention.surfaces].map((s) => foldKey(s).split(' ').pop() ?? ''));
    for (const key of lastWords) {
      if (key.length < 2) continue;
      const other = surnames.get(key);
      if (other !== undefined && other.id !== mention.id) ambiguous.add(key);
      surnames.set(key, mention);
    }
  }
  for (const key of ambiguous) surnames.delete(key);
  return surnames;
}

function groupByKey(candidates: readonly PlacedCandidate[]): Map<string, PlacedCandidate[]> {
  const groups = new Map<string, PlacedCandidate[]>();
  for (const c of candidates) {
    const key = c.keys.join(' ');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [c]);
    else group.push(c);
  }
  return groups;
}

function addMention(mentions: Map<string, Mention>, entity: { id: string; kind: EntityKind; name: string }, surface: string, inTitle: boolean): void {
  let mention = mentions.get(entity.id);
  if (mention === undefined) {
    mention = { ...entity, surfaces: new Set(), count: 0, inTitle: false };
    mentions.set(entity.id, mention);
  }
  mention.surfaces.add(surface.replace(/\s+/g, ' '));
  mention.count += 1;
  mention.inTitle ||= inTitle;
}
