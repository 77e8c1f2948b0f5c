// Calendar days mentioned in an article, parsed with chrono-node in the article's language.
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';

/** chrono-node's locale parsers; other languages fall back to English, whose numeric formats still parse. */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual, it: chrono.it.casual,
  pt: chrono.pt.casual, nl: chrono.nl.casual, ja: chrono.ja.casual, ru: chrono.ru.casual, uk: chrono.uk.casual,
  sv: chrono.sv.casual, fi: chrono.fi.casual, zh: chrono.zh.casual,
};

const MAX_DATES = 20;

interface Found {
  index: number;
  components: ParsedComponents;
  hasDigits: boolean;
}

/**
 * Days as `YYYY-MM-DD`. With a publication time, chrono resolves "Tuesday, December 7" and
 * "yesterday" against it (in UTC); durations and relative spans ("next week") are skipped, and so is a
 * weekday alone: "on Monday" may be the last or the next one, and a wrong day is worse than none
 * (the publication time already places the article within those few days). Without one, only mentions written with digits count ("le 20 mai",
 * not "hier"); a day and month without a year take the year of the nearest fully dated mention
 * (preceding first), and stay `--MM-DD` (ISO 8601, year unknown) when the text has none.
 * Times alone and months without a day are skipped. Sorted, deduplicated, at most 20.
 */
export function findDates(text: string, language: string, publishedAt: string | null): string[] {
  const parser = PARSERS[language] ?? chrono.en.casual;
  const instant = publishedAt === null ? null : new Date(publishedAt);
  const reference = instant !== null && !Number.isNaN(instant.getTime()) ? { instant, timezone: 0 } : null;
  const found: Found[] = [];
  for (const result of parser.parse(text, reference ?? undefined)) {
    if (isVague(result.tags(), reference !== null)) continue;
    const hasDigits = /\d/.test(result.text);
    found.push({ index: result.index, components: result.start, hasDigits });
    if (result.end !== undefined && result.end !== null) found.push({ index: result.index, components: result.end, hasDigits });
  }
  const dated = found.filter((f) => isFullDate(f.components));
  const days = new Set<string>();
  for (const f of found) {
    const day = toDay(f, reference !== null, dated);
    if (day !== null) days.add(day);
  }
  return [...days].sort().slice(0, MAX_DATES);
}

/**
 * Durations and relative spans ("next week", "seven years after", "de 16 ans") never name a day;
 * "now" says nothing the publication time does not; "today", "hier" only mean a day given a reference.
 */
function isVague(tags: ReadonlySet<string>, hasReference: boolean): boolean {
  for (const tag of tags) {
    if (tag === 'result/relativeDate' || tag === 'casualReference/now') return true;
    if (!hasReference && tag.startsWith('casualReference/')) return true;
  }
  return false;
}

function isFullDate(c: ParsedComponents): boolean {
  return c.isCertain('year') && c.isCertain('month') && c.isCertain('day');
}

function toDay(f: Found, hasReference: boolean, dated: readonly Found[]): string | null {
  const c = f.components;
  if (isFullDate(c)) return formatDay(c.get('year'), c.get('month'), c.get('day'));
  if (hasReference) {
    return c.isCertain('day') && c.isCertain('month') ? formatDay(c.get('year'), c.get('month'), c.get('day')) : null;
  }
  if (!f.hasDigits || !c.isCertain('day') || !c.isCertain('month')) return null;
  const before = dated.filter((d) => d.index <= f.index).pop();
  const anchor = before ?? dated.find((d) => d.index > f.index);
  if (anchor !== undefined) return formatDay(anchor.components.get('year'), c.get('month'), c.get('day'));
  return `--${pad(c.get('month'))}-${pad(c.get('day'))}`;
}

function formatDay(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(n: number | null): string {
  return String(n ?? 0).padStart(2, '0');
}
