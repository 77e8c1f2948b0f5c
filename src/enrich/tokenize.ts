// Splits text into word pieces with what joins each to the previous one, for name matching.
import { foldKey } from './normalize.js';

/** How a piece is joined to the one before it. */
export type Join = 'space' | 'hyphen' | 'apostrophe' | 'dot' | 'break';

export interface Piece {
  text: string;
  /** Folded key of the piece ("États" -> "etats"). */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "НАТО"). */
  allCaps: boolean;
  join: Join;
  /** First word of a sentence, line or quotation: its capital says nothing. */
  sentenceStart: boolean;
}

const PIECE = /[\p{L}\p{M}\p{N}]+/gu;
/** Folding is the costly part of tokenising and news repeats its words; bounded so memory stays flat. */
const keyMemo = new Map<string, string>();
const MAX_MEMO = 100_000;
const SENTENCE_END = /[.!?…:;\n«“„"]/;

/**
 * Splits on anything that is not a letter, mark or digit. A full stop after a single capital or a
 * short capitalised abbreviation ("M.", "Mr.", "Sr.", "J.") does not end the sentence.
 */
export function tokenize(text: string): Piece[] {
  const pieces: Piece[] = [];
  let previous: Piece | undefined;
  for (const match of text.matchAll(PIECE)) {
    const word = match[0];
    const start = match.index;
    const gap = previous === undefined ? '' : text.slice(previous.end, start);
    const join = previous === undefined ? 'break' : classifyGap(gap, previous);
    const first = word.charAt(0);
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const letters = word.replace(/[\p{N}\p{M}]/gu, '');
    const piece: Piece = {
      text: word,
      key: memoFoldKey(word),
      start,
      end: start + word.length,
      cap,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      join,
      sentenceStart: previous === undefined || (join === 'break' && SENTENCE_END.test(gap)),
    };
    pieces.push(piece);
    previous = piece;
  }
  return pieces;
}

function memoFoldKey(word: string): string {
  let key = keyMemo.get(word);
  if (key === undefined) {
    key = foldKey(word);
    if (keyMemo.size >= MAX_MEMO) keyMemo.clear();
    keyMemo.set(word, key);
  }
  return key;
}

function classifyGap(gap: string, previous: Piece): Join {
  if (/^[ \t\u00a0\u202f]+$/.test(gap)) return 'space';
  if (/^[-‐‑]$/.test(gap)) return 'hyphen';
  if (/^['’]$/.test(gap)) return 'apostrophe';
  if (gap === '.') return 'dot';
  if (/^\.[ \t\u00a0]+$/.test(gap) && isAbbreviation(previous)) return 'space';
  return 'break';
}

function isAbbreviation(piece: Piece): boolean {
  return piece.cap && (piece.text.length === 1 || /^(?:M|Mr|Mrs|Ms|Mme|Dr|Sr|Sra|Jr|St|Prof|Gen|Sen|Rep|Gov)$/.test(piece.text));
}
