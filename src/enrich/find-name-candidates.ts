// Unknown capitalised sequences ("Antony Blinken", "Ana Ruiz") left after gazetteer matching: candidate names.
import type { MatchContext } from './match-known-names.js';
import { TITLE_KEYS } from './name-words.js';
import type { Piece } from './tokenize.js';

export interface NameCandidate {
  /** Folded words, e.g. ["antony", "blinken"]. */
  keys: string[];
  /** The words as written in the text ("Antony", "Blinken"); joined with single spaces for display. */
  words: string[];
  surface: string;
  /** Its first word starts a sentence, so its capital may be grammatical only. */
  atSentenceStart: boolean;
}

/** Longer runs are headline Title Case or lists of names, not one name. */
const MAX_NAME_WORDS = 4;

/**
 * Runs of capitalised words joined by spaces, hyphens or apostrophes that the gazetteer did not
 * claim, cut after their last title word and trimmed of stopwords, month and weekday names at both ends.
 */
export function findNameCandidates(text: string, pieces: readonly Piece[], claimed: readonly boolean[], context: MatchContext): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i];
    if (first === undefined || claimed[i] === true || !first.cap) {
      i += 1;
      continue;
    }
    let end = i + 1;
    for (let next = pieces[end]; next !== undefined && next.cap && claimed[end] !== true && next.join !== 'break'; next = pieces[end]) end += 1;
    const candidate = trimRun(text, pieces.slice(i, end), context);
    if (candidate !== null) candidates.push(candidate);
    i = end;
  }
  return candidates;
}

function trimRun(text: string, run: readonly Piece[], context: MatchContext): NameCandidate | null {
  // Everything up to the last title word goes: "Yesterday Mr. Jake Sullivan", "Foreign Minister Ana Ruiz".
  let from = 0;
  for (let k = run.length - 2; k >= 0; k -= 1) {
    if (TITLE_KEYS.has((run[k] as Piece).key)) {
      from = k + 1;
      break;
    }
  }
  let to = run.length;
  const isEdgeJunk = (piece: Piece): boolean => !isKindWord(piece, context) || /^\d/.test(piece.text);
  while (from < to && isEdgeJunk(run[from] as Piece)) from += 1;
  while (to > from && isEdgeJunk(run[to - 1] as Piece)) to -= 1;
  const kept = run.slice(from, to);
  const head = kept[0];
  const tail = kept[kept.length - 1];
  if (head === undefined || tail === undefined || kept.length > MAX_NAME_WORDS) return null;
  if (kept.length > 1 && kept.every((p) => p.allCaps)) return null;
  if (kept.some((p) => context.gazetteer.calendarWords.has(p.key))) return null;
  return {
    keys: kept.map((p) => p.key),
    words: kept.map((p) => p.text),
    surface: text.slice(head.start, tail.end),
    atSentenceStart: from === 0 && head.sentenceStart,
  };
}

/** Words that may open or close a name: not stopwords, titles, months, weekdays or demonyms. */
function isKindWord(piece: Piece, context: MatchContext): boolean {
  return piece.cap && !context.stopwords.has(piece.key) && !TITLE_KEYS.has(piece.key) &&
    !context.gazetteer.calendarWords.has(piece.key) && !context.gazetteer.demonyms.has(piece.key);
}
