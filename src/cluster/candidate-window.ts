// The time window in which to look for candidate stories: around the publication time, else around the dates an article mentions.
import type { Article } from '../domain/index.js';
import { dayNumberToIso, parseMentionedDate, toDayNumber } from './date-spans.js';
import type { ClusterSettings } from './settings.js';

export interface CandidateWindow {
  from: string | null;
  to: string | null;
}

/**
 * Dated article: publication +- windowDays. Undated: from windowDays before its earliest full date
 * to undatedLookaheadDays after its latest (an article is written after most of the days it
 * names, sometimes weeks after). No full date: unbounded, the scorer has the last word.
 */
export function candidateWindow(
  article: Pick<Article, 'publishedAt' | 'dates'>,
  settings: Pick<ClusterSettings, 'windowDays' | 'undatedLookaheadDays'>,
): CandidateWindow {
  const published = toDayNumber(article.publishedAt);
  if (published !== null) {
    return { from: dayNumberToIso(published - settings.windowDays), to: dayNumberToIso(published + settings.windowDays + 1) };
  }
  let first = Infinity;
  let last = -Infinity;
  for (const value of article.dates) {
    const span = parseMentionedDate(value);
    if (!span?.yearKnown) continue;
    first = Math.min(first, span.start);
    last = Math.max(last, span.end);
  }
  if (first === Infinity) return { from: null, to: null };
  return { from: dayNumberToIso(first - settings.windowDays), to: dayNumberToIso(last + settings.undatedLookaheadDays + 1) };
}
