// Finds a publication date written in words near the top of an article ("Publié le 12 mai 2021"), in its language.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { normaliseLine } from './normalise-whitespace.js';

type Parser = Pick<typeof chrono.en, 'parse'>;

/** chrono-node's locale parsers by ISO 639-1 code; English uses the strict parser so "may" is not a month. */
const LOCALE_PARSERS: Record<string, Parser> = {
  en: chrono.en.strict,
  fr: chrono.fr,
  de: chrono.de,
  es: chrono.es,
  it: chrono.it,
  pt: chrono.pt,
  nl: chrono.nl,
  ru: chrono.ru,
  uk: chrono.uk,
  sv: chrono.sv,
  fi: chrono.fi,
  ja: chrono.ja,
  zh: chrono.zh,
  vi: chrono.vi,
  id: chrono.id,
};

/** Only the first lines are a dateline; dates further down are events the article talks about. */
const TOP_LINES = 6;
/** A dateline is short; a longer line is a sentence that happens to contain a date. */
const MAX_LINE_LENGTH = 100;
/** The date must be most of the line ("12 mai 2021 à 10h30", "Publié le 12/05/2021"). */
const MIN_DATE_SHARE = 0.4;

/** A full date has a year, written with four digits or as the last part of a numeric date (12/05/24, 12.05.24).
 * Checked before chrono runs, because running every locale parser on every line is slow. */
const HAS_YEAR = /(?:^|\D)(?:1[89]|2\d)\d{2}(?:\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\D|$)/u;

/** Share of the line the date must cover for the line to be removed from the text as a dateline. */
const DATELINE_SHARE = 0.5;

export interface TextDate {
  publishedAt: string;
  /** The line it came from, normalised. */
  line: string;
  /** The date is nearly the whole line ("Publié le 12 mai 2021 à 10h30"): the line is a dateline, not prose. */
  isDateline: boolean;
}

function parsersFor(language: string | null): Parser[] {
  const primary = language?.toLowerCase().split(/[-_]/u)[0] ?? '';
  const chosen = LOCALE_PARSERS[primary];
  return chosen ? [chosen] : Object.values(LOCALE_PARSERS);
}

/** A full calendar date with a year: "May 19" alone is an event date in the body, never the publication date. */
function isFullDate(result: ParsedResult): boolean {
  return result.start.isCertain('year') && result.start.isCertain('month') && result.start.isCertain('day');
}

function toIso(result: ParsedResult): string | null {
  const start = result.start;
  const part = (name: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): number =>
    start.isCertain(name) ? (start.get(name) ?? 0) : 0;
  // Without a stated zone the time is taken as UTC, so the result does not depend on the machine's zone.
  const offsetMinutes = start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? 0) : 0;
  const utc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  const date = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Relative datelines ("hier à 10h", "vor 3 Stunden") are read only when the caller gives `now` (the fetch time):
 * a file's age is unknown, and dating it from the clock would invent a date.
 * The first dateline-like line among the top lines that holds a full date, read with the parser of the given
 * language, or with every locale parser when the language is unknown (earliest line first, then the longest match).
 */
export function findTextDate(lines: readonly string[], language: string | null, now: Date | null): TextDate | null {
  const parsers = parsersFor(language);
  const reference = now ?? new Date();
  let seen = 0;
  for (const rawLine of lines) {
    const line = normaliseLine(rawLine);
    if (line.length === 0) continue;
    if (++seen > TOP_LINES) break;
    // Without a reference time, a relative dateline ("il y a 2 heures") cannot be placed: only absolute dates count.
    if (line.length > MAX_LINE_LENGTH || (now === null && !HAS_YEAR.test(line))) continue;
    const found = parsers
      .flatMap((parser) => parser.parse(line, reference))
      .filter((result) => isFullDate(result) && result.text.length >= MIN_DATE_SHARE * line.length)
      .sort((a, b) => a.index - b.index || b.text.length - a.text.length)[0];
    const iso = found ? toIso(found) : null;
    if (iso && found) return { publishedAt: iso, line, isDateline: found.text.length >= DATELINE_SHARE * line.length };
  }
  return null;
}
