// The multilingual boilerplate filter: drops site chrome line by line and keeps source and agency credits as metadata.
import { BOILERPLATE_GROUPS } from './boilerplate-patterns.js';
import { AGENCY_LIST_SOURCE, canonicalAgencies } from './news-agencies.js';
import { normaliseLine, splitLines } from './normalise-whitespace.js';

export type LineVerdict =
  | { kind: 'keep'; credits: string[] }
  | { kind: 'drop' }
  | { kind: 'list-heading' }
  | { kind: 'source'; name: string; credits: string[] }
  | { kind: 'credit'; credits: string[] };

export interface FilteredLines {
  /** The kept lines, blank lines included so that paragraph breaks survive. */
  lines: string[];
  removed: number;
  /** Names from "Source: x" lines, in order of appearance. */
  sources: string[];
  /** Canonical agency names, deduplicated, in order of appearance. */
  credits: string[];
}

export interface FilteredText {
  text: string;
  removed: number;
  sources: string[];
  credits: string[];
}

const all = <T>(pick: (group: (typeof BOILERPLATE_GROUPS)[number]) => T[]): T[] => BOILERPLATE_GROUPS.flatMap(pick);
const alternatives = (words: string[]): string => words.map((word) => word.replace(/\s+/g, '\\s+')).join('|');

const DROP = all((group) => group.drop);
const LIST_HEADINGS = all((group) => group.listHeadings);
const SOURCE_LABELS = alternatives(all((group) => group.sourceLabels));
const PHOTO_LABELS = alternatives(all((group) => group.photoLabels));
const WORDED_PHOTO_LABELS = alternatives(all((group) => group.photoLabels).filter((label) => label !== '©'));
const WITH_WORDS = alternatives(all((group) => group.withWords));
const AGENCIES = AGENCY_LIST_SOURCE;

/** "Source: lefigaro", "Source : AFP", "Quelle: dpa". The value is checked separately so that prose is not taken. */
const SOURCE_LINE = new RegExp(`^(?:${SOURCE_LABELS})\\s*[:：]\\s*(.{1,80})$`, 'iu');
/** "Johanna Geron | Reuters", "Photo: X / AFP", "© AFP 2021", "Reuters", "(Foto: dpa)". */
const CREDIT_LINE = new RegExp(
  `^\\(?(?:(?:${PHOTO_LABELS})\\s*[:：]?\\s*)?(?:[^|/()]{1,60}?\\s*[|/]\\s*)?(?:©\\s*)?(${AGENCIES})(?:\\s+\\d{4})?\\)?\\.?$`,
  'iu',
);
/** "(avec AFP)", "Mit Material von dpa", "With Reuters". */
const WITH_LINE = new RegExp(`^\\(?(?:${WITH_WORDS})\\s+(${AGENCIES})\\)?\\.?$`, 'iu');
/** A photo credit without an agency ("Photo: John Smith"): chrome, but nothing to keep. */
const PHOTO_LINE = new RegExp(`^\\(?(?:${WORDED_PHOTO_LABELS})\\s*[:：]\\s*[^.!?]{1,60}\\)?$`, 'iu');
/** Credits inside a kept line: "PARIS (AFP) -", "(avec Reuters)", "... — Reuters", "Photo: X / AP)". */
const INLINE_CREDITS = [
  new RegExp(`[(（]\\s*(?:(?:${WITH_WORDS})\\s+)?(${AGENCIES})\\s*[)）]`, 'giu'),
  new RegExp(`[-–—]\\s*(${AGENCIES})\\s*\\.?$`, 'giu'),
  new RegExp(`(?:${WORDED_PHOTO_LABELS})\\s*[:：]\\s*[^.|/]{0,60}[|/]\\s*(${AGENCIES})\\)?\\.?$`, 'giu'),
];

/** A source value is a name, not a sentence: a few words, no sentence punctuation. */
function readSourceName(value: string): string | null {
  const name = value.trim().replace(/\.$/, '');
  if (/[!?]|\.\s/.test(name) || name.split(/\s+/).length > 6) return null;
  return name.length > 0 ? name : null;
}

function findInlineCredits(line: string): string[] {
  return INLINE_CREDITS.flatMap((pattern) => [...line.matchAll(pattern)].flatMap((match) => canonicalAgencies(match[1] ?? '')));
}

/** What to do with one line, judged on its own. */
export function classifyLine(rawLine: string): LineVerdict {
  const line = normaliseLine(rawLine);
  if (line.length === 0) return { kind: 'keep', credits: [] };

  const source = SOURCE_LINE.exec(line);
  const sourceName = source ? readSourceName(source[1] ?? '') : null;
  if (sourceName) return { kind: 'source', name: sourceName, credits: canonicalAgencies(sourceName) };

  for (const pattern of [CREDIT_LINE, WITH_LINE]) {
    const credits = canonicalAgencies(pattern.exec(line)?.[1] ?? '');
    if (credits.length > 0) return { kind: 'credit', credits };
  }
  if (DROP.some((pattern) => pattern.test(line)) || PHOTO_LINE.test(line)) return { kind: 'drop' };
  if (LIST_HEADINGS.some((pattern) => pattern.test(line))) return { kind: 'list-heading' };
  return { kind: 'keep', credits: findInlineCredits(line) };
}

/**
 * Under a list heading ("You may like", "Comments") come link titles: short lines that do not end like a
 * sentence. The first line that reads like prose ends the list.
 */
function isListItem(line: string): boolean {
  const bare = line.replace(/["'”’»)\]\s]+$/u, '');
  return line.length <= 160 && !(/[.!]$/u.test(bare) && !bare.endsWith('...'));
}

/** Filters lines in order; blank lines are kept so that the caller still sees paragraph breaks. */
export function filterLines(rawLines: readonly string[]): FilteredLines {
  const result: FilteredLines = { lines: [], removed: 0, sources: [], credits: [] };
  const addCredits = (credits: string[]): void => {
    for (const credit of credits) if (!result.credits.includes(credit)) result.credits.push(credit);
  };
  let inList = false;
  for (const rawLine of rawLines) {
    const line = normaliseLine(rawLine);
    if (line.length === 0) {
      result.lines.push('');
      continue;
    }
    const verdict = classifyLine(line);
    if (verdict.kind === 'keep' && inList && isListItem(line)) {
      result.removed += 1;
      continue;
    }
    inList = verdict.kind === 'list-heading' || (inList && verdict.kind !== 'keep');
    if (verdict.kind === 'keep') {
      addCredits(verdict.credits);
      result.lines.push(line);
      continue;
    }
    result.removed += 1;
    if (verdict.kind === 'source') {
      if (!result.sources.includes(verdict.name)) result.sources.push(verdict.name);
      addCredits(verdict.credits);
    } else if (verdict.kind === 'credit') {
      addCredits(verdict.credits);
    }
  }
  return result;
}

/**
 * Removes site chrome from plain text (paragraphs separated by blank lines) and reports what it took out:
 * how many lines, the names of "Source: x" lines, and the agency credits seen in removed or kept lines.
 */
export function filterBoilerplate(text: string): FilteredText {
  const filtered = filterLines(splitLines(text));
  const kept = filtered.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text: kept, removed: filtered.removed, sources: filtered.sources, credits: filtered.credits };
}
