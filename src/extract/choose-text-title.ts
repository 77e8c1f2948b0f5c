// Picks the headline of a plain-text article from its first lines, skipping site names, breadcrumbs and timestamps.
import { isTimestampLine } from './normalise-date.js';

/** How many non-empty lines at the top may hold chrome before the headline. */
const HEADER_LINES = 5;
/** Longer than this, a first line is a body paragraph rather than a headline. */
const MAX_HEADLINE_CHARS = 200;
/** A title made from a first sentence is cut to this length, at a word boundary. */
export const MAX_DERIVED_TITLE_CHARS = 120;

export interface TextHeader {
  title: string | null;
  /** Index of the headline line, which leaves the body; null when the title was derived from a body paragraph. */
  titleLine: number | null;
  /** Indices of chrome lines above the headline (site name, breadcrumb) and of timestamp lines. */
  chromeLines: number[];
  /** The ISO timestamp line near the top, as written. */
  timestamp: string | null;
}

/** "Accueil Internationales Joe Biden et ... en face...": a breadcrumb or teaser cut off by the site. */
function isTruncated(line: string): boolean {
  return /(?:\.\.\.|…)$/u.test(line) && !/[.!?]["”»]?\s*(?:\.\.\.|…)$/u.test(line);
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter((word) => word.length > 0).length;
}

/** Could be a headline: a few words, not a paragraph, not ending in a full stop. */
function isHeadlineLike(line: string): boolean {
  return wordCount(line) >= 3 && line.length <= MAX_HEADLINE_CHARS && !/[.:;,]$/u.test(line) && !isTruncated(line);
}

/** "The Limited Times": a few capitalised words with no sentence punctuation, above a real headline. */
function isSiteName(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/u);
  const capitalised = words.every((word) => /^[\p{Lu}\d]/u.test(word) || word.length <= 3);
  return (
    // Up to six words: "La Gazette des Trois Ponts" counts its short articles and prepositions too.
    words.length <= 6 &&
    line.length <= 40 &&
    capitalised &&
    !/[.!?:,;]$/u.test(line) &&
    next !== undefined &&
    isHeadlineLike(next) &&
    next.length > line.length * 1.3
  );
}

/** "Politik | Wirtschaft | Panorama", "Portada > España > Andalucía": a menu or breadcrumb of short items. */
function isNavigation(line: string): boolean {
  const parts = line.split(/\s+[|>›»/·•]\s+/u);
  return parts.length >= 2 && parts.every((part) => wordCount(part) <= 4);
}

/**
 * A masthead: the first block (lines up to the first blank line) is two or three short lines with no sentence
 * punctuation (site name, tagline, section, menu), and a headline follows after the blank line. Seeds 003 and 004,
 * whose whole text is one block of long lines, are not mastheads.
 */
function findMasthead(lines: readonly string[]): number[] {
  const start = lines.findIndex((line) => line.length > 0);
  if (start < 0) return [];
  let end = start;
  while (end < lines.length && (lines[end] ?? '').length > 0) end += 1;
  const block = lines.slice(start, end);
  const short = block.every((line) => line.length <= 60 && !/[.!?;]$/u.test(line));
  const after = lines.slice(end).find((line) => line.length > 0 && !isTimestampLine(line));
  if (block.length < 2 || block.length > 3 || !short || after === undefined || !isHeadlineLike(after)) return [];
  return block.map((_, offset) => start + offset);
}

/**
 * The first sentence of a paragraph, cut at a word boundary to MAX_DERIVED_TITLE_CHARS with an ellipsis. A sentence
 * ends at ., ! or ? followed by a capitalised word, and never after a short token like "M." or "Dr.".
 */
export function deriveTitle(paragraph: string): string {
  let sentence = paragraph;
  for (const match of paragraph.matchAll(/[.!?](?=\s+["“«]?\p{Lu})/gu)) {
    const before = paragraph.slice(0, match.index);
    const lastWord = before.split(/\s+/u).at(-1) ?? '';
    if (lastWord.replace(/[^\p{L}]/gu, '').length > 2) {
      sentence = paragraph.slice(0, match.index + (match[0] === '.' ? 0 : 1));
      break;
    }
  }
  sentence = sentence.replace(/\.$/u, '').trim();
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut.slice(0, MAX_DERIVED_TITLE_CHARS)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * Reads the top of a text. A masthead block (see `findMasthead`) is chrome. Then, for each of the first lines: a timestamp line is noted and
 * removed; a line cut off with "..." is a breadcrumb, and so is a menu line or a label of one or two words; a short capitalised line above a headline is the site's name;
 * the first other line is the headline if it looks like one, and otherwise it is the first body paragraph and the
 * title is its first sentence (see `deriveTitle`), the paragraph staying in the body.
 */
export function chooseTextTitle(lines: readonly string[]): TextHeader {
  const masthead = findMasthead(lines);
  const header: TextHeader = { title: null, titleLine: null, chromeLines: [...masthead], timestamp: null };
  const indices = lines
    .flatMap((line, index) => (line.length > 0 && !masthead.includes(index) ? [index] : []))
    .slice(0, HEADER_LINES + 1);
  for (const [position, index] of indices.entries()) {
    const line = lines[index] ?? '';
    if (isTimestampLine(line)) {
      header.chromeLines.push(index);
      header.timestamp ??= line;
      continue;
    }
    if (header.title !== null) continue;
    const next = indices.slice(position + 1).map((i) => lines[i] ?? '').find((candidate) => !isTimestampLine(candidate));
    // Above the headline, a line of one or two words is a section label or a logo's text, not a title.
    const isLabel = wordCount(line) < 3 && next !== undefined;
    const isSiteNameLine = position === 0 && masthead.length === 0 && isSiteName(line, next);
    if (isTruncated(line) || isLabel || isNavigation(line) || isSiteNameLine) {
      header.chromeLines.push(index);
      continue;
    }
    if (isHeadlineLike(line)) {
      header.title = line;
      header.titleLine = index;
    } else {
      header.title = deriveTitle(line);
    }
  }
  return header;
}
