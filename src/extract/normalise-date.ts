// Turns the many ways a date is written in metadata (ISO, RFC 2822, date only) into one ISO 8601 UTC string.

/** `2021-05-21`, `2021-05-21T18:50`, `2021-05-21 18:50:56.168+02:00`: ISO 8601 as pages and feeds write it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/iu;

/** Dates before the web or far in the future are typos or placeholders ("0001-01-01"), not publication times. */
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

function isPlausible(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

function readIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '0', zone] = match;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  // A time without a zone is read as UTC: the page gives no better reference, and the result stays reproducible.
  const offset = zone && zone.toUpperCase() !== 'Z' ? zone.replace(/^([+-]\d{2})(\d{2})$/u, '$1:$2') : 'Z';
  const text = `${year}-${month}-${day}T${hour}:${minute}:${second}.${String(millis).padStart(3, '0')}${offset}`;
  return new Date(text);
}

/** ISO 8601 in UTC with milliseconds, or null when the value is not a usable date. */
export function normaliseDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) return null;
  // RFC 2822 ("Fri, 21 May 2021 18:50:56 GMT") and other forms V8 reads reliably; bare numbers are not dates.
  const date = readIsoDate(trimmed) ?? (/[a-z]/iu.test(trimmed) ? new Date(trimmed) : null);
  return date && isPlausible(date) ? date.toISOString() : null;
}

/** True when a whole line is nothing but an ISO timestamp, as aggregators print under the headline. */
export function isTimestampLine(line: string): boolean {
  return ISO_DATE.test(line.trim());
}
