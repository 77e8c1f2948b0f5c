// The time signal: how close an article and a story are in publication time and in the days they mention, and the date veto.
import { minGapDays, parseMentionedDate, publicationSpan, type DateSpan } from './date-spans.js';
import type { ClusterSettings } from './settings.js';

const HOUR_MS = 3_600_000;

/** What one side (an article, or a story) tells about its time. */
export interface TimeSide {
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  /** Mentioned dates as enrichment writes them (`YYYY-MM-DD`, `--MM-DD`, ...). */
  dates: readonly string[];
}

export interface TimeComparison {
  /** 0..1, 1 when published together or mentioning the same day. */
  value: number;
  /** Hours from the article's publication to the story's publication span, when both are known. */
  hoursApart: number | null;
  /** Smallest gap in days between the two sides' dates, when both have some. */
  gapDays: number | null;
  /** Both sides are dated and too far apart to be one event. */
  veto: boolean;
}

type TimeSettings = Pick<ClusterSettings, 'maxDateGapDays' | 'publicationHalfLifeHours' | 'dateHalfLifeDays'>;

export function compareTime(article: TimeSide, story: TimeSide, settings: TimeSettings): TimeComparison {
  const a = collectEvidence(article);
  const b = collectEvidence(story);
  // Day-level dates decide when a side has them; a month ("in January 2022") only stands in when
  // a side has nothing finer, because months are often mentioned as look-backs or plans.
  const gapDays = minGapDays(a.days.length > 0 ? a.days : a.months, b.days.length > 0 ? b.days : b.months);
  const veto = gapDays !== null && gapDays > settings.maxDateGapDays;
  const hoursApart = measureHoursApart(article, story);
  const byPublication = hoursApart === null ? 0 : halve(hoursApart, settings.publicationHalfLifeHours);
  // Publication against publication is the hours signal's job; the days signal needs a mentioned
  // day on at least one side (an undated "Tuesday, December 7" against a story published that day).
  const dayGap = minOf(minGapDays(a.mentioned, b.days), minGapDays(a.days, b.mentioned));
  const byDays = dayGap === null ? 0 : halve(dayGap, settings.dateHalfLifeDays);
  return { value: veto ? 0 : Math.max(byPublication, byDays), hoursApart, gapDays, veto };
}

/** `mentioned`: days named in the text; `days`: those plus the publication span; `months`: coarser mentions. */
function collectEvidence(side: TimeSide): { mentioned: DateSpan[]; days: DateSpan[]; months: DateSpan[] } {
  const mentioned: DateSpan[] = [];
  const months: DateSpan[] = [];
  for (const value of side.dates) {
    const span = parseMentionedDate(value);
    if (span?.precision === 'day') mentioned.push(span);
    else if (span) months.push(span);
  }
  const published = publicationSpan(side.firstPublishedAt, side.lastPublishedAt);
  return { mentioned, days: published ? [...mentioned, published] : mentioned, months };
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function measureHoursApart(article: TimeSide, story: TimeSide): number | null {
  const at = parseInstant(article.firstPublishedAt ?? article.lastPublishedAt);
  const from = parseInstant(story.firstPublishedAt ?? story.lastPublishedAt);
  const to = parseInstant(story.lastPublishedAt ?? story.firstPublishedAt);
  if (at === null || from === null || to === null) return null;
  const ms = Math.max(0, Math.min(from, to) - at, at - Math.max(from, to));
  return ms / HOUR_MS;
}

function parseInstant(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function halve(distance: number, halfLife: number): number {
  return halfLife > 0 ? Math.pow(0.5, distance / halfLife) : distance === 0 ? 1 : 0;
}
