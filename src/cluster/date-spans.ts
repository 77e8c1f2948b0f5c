// Dates as spans of days (a day, a month, a publication span), with or without a known year, and the gap between them.

const DAY_MS = 86_400_000;
/** Year used to place dates whose year is unknown; not a leap year, so every day has one place. */
const REFERENCE_YEAR = 2001;
const YEAR_DAYS = 365;

export interface DateSpan {
  /** Days since 1970-01-01 when the year is known, else day of the year (0-364). Inclusive. */
  start: number;
  end: number;
  yearKnown: boolean;
  precision: 'day' | 'month';
}

/**
 * Reads what enrichment gives: `YYYY-MM-DD`, `--MM-DD` (year unknown), and the coarser `YYYY-MM`
 * and `--MM` if present. Bare years and anything else return null: too coarse to place an event.
 */
export function parseMentionedDate(value: string): DateSpan | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return daySpan(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m) return daySpan(null, Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthSpan(Number(m[1]), Number(m[2]));
  m = /^--(\d{2})$/.exec(value);
  if (m) return monthSpan(null, Number(m[1]));
  return null;
}

/** The UTC days from one instant to another (the same day when only one is given). */
export function publicationSpan(from: string | null, to: string | null): DateSpan | null {
  const a = toDayNumber(from ?? to);
  const b = toDayNumber(to ?? from);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b), yearKnown: true, precision: 'day' };
}

/**
 * Days between two spans, 0 when they overlap. When either year is unknown the comparison is by
 * day of the year, around the year's end (December 28 and January 3 are 6 days apart).
 */
export function spanGapDays(a: DateSpan, b: DateSpan): number {
  if (a.yearKnown && b.yearKnown) return Math.max(0, a.start - b.end, b.start - a.end);
  const ca = toYearDays(a);
  const cb = toYearDays(b);
  if (ca === null || cb === null) return 0;
  let best = Infinity;
  for (const shift of [-YEAR_DAYS, 0, YEAR_DAYS]) {
    best = Math.min(best, Math.max(0, ca.start - (cb.end + shift), cb.start + shift - ca.end));
  }
  return best;
}

/** Smallest gap between any span of one list and any of the other; null when either list is empty. */
export function minGapDays(as: readonly DateSpan[], bs: readonly DateSpan[]): number | null {
  if (as.length === 0 || bs.length === 0) return null;
  let best = Infinity;
  for (const a of as) for (const b of bs) best = Math.min(best, spanGapDays(a, b));
  return best;
}

/** Parses an ISO instant to its UTC day number, or null. */
export function toDayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString();
}

function daySpan(year: number | null, month: number, day: number): DateSpan | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year === null) {
    // February 29 without a year: placed on the 28th, one day off at worst.
    const n = dayOfYear(month, month === 2 ? Math.min(day, 28) : day);
    return { start: n, end: n, yearKnown: false, precision: 'day' };
  }
  const n = Date.UTC(year, month - 1, day) / DAY_MS;
  return { start: n, end: n, yearKnown: true, precision: 'day' };
}

function monthSpan(year: number | null, month: number): DateSpan | null {
  if (month < 1 || month > 12) return null;
  const y = year ?? REFERENCE_YEAR;
  const first = Date.UTC(y, month - 1, 1) / DAY_MS;
  const last = Date.UTC(y, month, 1) / DAY_MS - 1;
  if (year !== null) return { start: first, end: last, yearKnown: true, precision: 'month' };
  const offset = Date.UTC(REFERENCE_YEAR, 0, 1) / DAY_MS;
  return { start: first - offset, end: last - offset, yearKnown: false, precision: 'month' };
}

function dayOfYear(month: number, day: number): number {
  return (Date.UTC(REFERENCE_YEAR, month - 1, day) - Date.UTC(REFERENCE_YEAR, 0, 1)) / DAY_MS;
}

/** A span as days of the year; null when it covers a whole year or more (it matches anything). */
function toYearDays(span: DateSpan): { start: number; end: number } | null {
  if (!span.yearKnown) return span;
  const length = span.end - span.start;
  if (length >= YEAR_DAYS - 1) return null;
  const date = new Date(span.start * DAY_MS);
  const start = dayOfYear(date.getUTCMonth() + 1, date.getUTCMonth() === 1 ? Math.min(date.getUTCDate(), 28) : date.getUTCDate());
  return { start, end: start + length };
}
