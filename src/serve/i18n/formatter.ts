// Dates, language names and numbers in the reader's language, through Intl, built once per app.
import { UNKNOWN_LANGUAGE } from '../../domain/index.js';

export interface Formatter {
  /** Reader locale used for Intl (`en` reads dates the British way: "21 May 2021"). */
  locale: string;
  languageName(code: string): string;
  languageList(codes: string[]): string;
  /** "21 May 2021". */
  date(iso: string): string;
  /** "Friday 21 May 2021". */
  longDate(iso: string): string;
  /** "21 May 2021, 14:05 UTC", in the reader's time zone (named after the time). */
  dateTime(iso: string): string;
  /** The IANA zone publication times are shown in. */
  timeZone: string;
  /** "21 May 2021 – 23 May 2021", or one date when both fall on the same day; null when unknown. */
  span(from: string | null, to: string | null): string | null;
  /** "May 2021". */
  month(iso: string): string;
  /** "Fri". */
  weekday(iso: string): string;
  decimal(value: number, digits: number): string;
}

/** True when Intl knows the IANA time zone (`Europe/Paris`); readers' choices are checked with it. */
export function isTimeZone(value: string | undefined): value is string {
  if (!value || value.length > 64) return false;
  if (knownZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  // Only valid zones are remembered, so the set stays as small as the IANA list.
  knownZones.add(value);
  return true;
}

const knownZones = new Set<string>(['UTC']);

/**
 * Publication times (`date`, `dateTime`, `span`) are shown in the reader's time zone; archive days
 * (`longDate`, `month`, `weekday`) are UTC days, as the archive files them.
 */
export function createFormatter(readerLanguage: string, unknownLanguage: string, timeZone = 'UTC'): Formatter {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  // Building the Intl objects costs milliseconds, more than rendering a page; a formatter never changes once built.
  const key = `${readerLanguage}\n${unknownLanguage}\n${zone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = buildFormatter(readerLanguage, unknownLanguage, zone);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Reader languages × time zones in use; bounded so odd values cannot grow it without end. */
const MAX_FORMATTERS = 500;
const formatters = new Map<string, Formatter>();

function buildFormatter(readerLanguage: string, unknownLanguage: string, zone: string): Formatter {
  // en-GB gives day-month-year, which reads unambiguously to an international audience.
  const locale = readerLanguage === 'en' ? 'en-GB' : readerLanguage;
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const list = new Intl.ListFormat(locale, { style: 'short', type: 'unit' });
  const utc = { timeZone: 'UTC' } as const;
  const local = { timeZone: zone } as const;
  const dateFormat = new Intl.DateTimeFormat(locale, { ...local, day: 'numeric', month: 'long', year: 'numeric' });
  const longDateFormat = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'full' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { ...local, dateStyle: 'medium', timeStyle: 'short' });
  const zoneName = zone === 'UTC' ? 'UTC' : zone.replaceAll('_', ' ');
  const monthFormat = new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' });
  const weekdayFormat = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'short' });

  const languageName = (code: string): string => {
    if (!code || code === UNKNOWN_LANGUAGE) return unknownLanguage;
    try {
      return names.of(code) ?? code;
    } catch {
      // Intl rejects malformed tags; show the code rather than fail the page.
      return code;
    }
  };

  const dayOf = (iso: string): string => safeFormat(dateFormat, iso);

  return {
    locale,
    languageName,
    languageList: (codes) => list.format(codes.map(languageName)),
    date: (iso) => safeFormat(dateFormat, iso),
    longDate: (iso) => safeFormat(longDateFormat, iso),
    dateTime: (iso) => `${safeFormat(dateTimeFormat, iso)} ${zoneName}`,
    timeZone: zone,
    span(from, to) {
      const first = from ?? to;
      const last = to ?? from;
      if (!first || !last) return null;
      if (!isValidDate(first) || !isValidDate(last)) return null;
      if (dayOf(first) === dayOf(last)) return safeFormat(dateFormat, first);
      return `${safeFormat(dateFormat, first)} – ${safeFormat(dateFormat, last)}`;
    },
    month: (iso) => safeFormat(monthFormat, iso),
    weekday: (iso) => safeFormat(weekdayFormat, iso),
    decimal: (value, digits) =>
      value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  };
}

function isValidDate(iso: string): boolean {
  return !Number.isNaN(new Date(iso).getTime());
}

/** A stored date that does not parse is shown as stored instead of as "Invalid Date". */
function safeFormat(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
