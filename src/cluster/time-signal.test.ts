// Dates as spans (with and without a year), gaps across the year's end, the time signal and the date veto.
import { describe, expect, it } from 'vitest';
import { parseMentionedDate, spanGapDays } from './date-spans.js';
import { makeClusterSettings } from './settings.js';
import { compareTime, type TimeSide } from './time-signal.js';

const settings = makeClusterSettings();

function side(dates: string[], published: string | null = null): TimeSide {
  return { firstPublishedAt: published, lastPublishedAt: published, dates };
}

function gap(a: string, b: string): number {
  const x = parseMentionedDate(a);
  const y = parseMentionedDate(b);
  if (!x || !y) throw new Error(`unparsed ${a} or ${b}`);
  return spanGapDays(x, y);
}

describe('parseMentionedDate', () => {
  it('reads full days, days without a year, and months', () => {
    expect(parseMentionedDate('2021-05-19')).toMatchObject({ yearKnown: true, precision: 'day' });
    expect(parseMentionedDate('--12-07')).toMatchObject({ yearKnown: false, precision: 'day' });
    expect(parseMentionedDate('2022-01')).toMatchObject({ yearKnown: true, precision: 'month' });
    expect(parseMentionedDate('--03')).toMatchObject({ yearKnown: false, precision: 'month' });
  });

  it('rejects bare years, impossible months and other text', () => {
    for (const value of ['2021', '2021-13-01', '--00-10', 'yesterday', '']) expect(parseMentionedDate(value)).toBeNull();
  });
});

describe('spanGapDays', () => {
  it('counts days between dated days, and 0 inside a month', () => {
    expect(gap('2021-05-19', '2021-05-21')).toBe(2);
    expect(gap('2021-05-19', '2021-05')).toBe(0);
    expect(gap('2021-05-21', '2021-12-07')).toBe(200);
  });

  it('compares days without a year by day of the year, across the year end', () => {
    expect(gap('--12-28', '--01-03')).toBe(6);
    expect(gap('--05-19', '2021-05-21')).toBe(2);
    expect(gap('--05-19', '2019-05-19')).toBe(0);
    expect(gap('--05-19', '--12-07')).toBeGreaterThan(150);
  });
});

describe('compareTime', () => {
  it('vetoes when both sides have dates more than maxDateGapDays apart', () => {
    const result = compareTime(side([], '2021-05-21T09:00:00Z'), side(['--12-07']), settings);
    expect(result.veto).toBe(true);
    expect(result.value).toBe(0);
  });

  it('does not veto within the allowed gap, nor when one side has no dates', () => {
    expect(compareTime(side(['2021-12-04']), side(['2021-12-20']), settings).veto).toBe(false);
    expect(compareTime(side([]), side(['--12-07'], '2021-12-08T00:00:00Z'), settings).veto).toBe(false);
    expect(compareTime(side(['2021-12-04']), side(['2022-01-10']), settings).veto).toBe(true);
  });

  it('uses months only when a side has no day: a month far from the days vetoes', () => {
    expect(compareTime(side(['2022-01']), side(['2021-05-19']), settings).veto).toBe(true);
    // The month stands aside when the same side names a day.
    expect(compareTime(side(['2022-01', '2021-12-06']), side(['2021-12-07']), settings).veto).toBe(false);
  });

  it('halves the publication signal every publicationHalfLifeHours', () => {
    const story = side([], '2024-01-01T00:00:00Z');
    const now = compareTime(side([], '2024-01-01T00:00:00Z'), story, settings);
    const later = compareTime(side([], '2024-01-03T00:00:00Z'), story, settings);
    expect(now.value).toBe(1);
    expect(later.value).toBeCloseTo(0.5, 5);
    expect(later.hoursApart).toBe(48);
  });

  it('measures hours to the nearest end of a story span', () => {
    const story: TimeSide = { firstPublishedAt: '2024-01-01T00:00:00Z', lastPublishedAt: '2024-01-05T00:00:00Z', dates: [] };
    expect(compareTime(side([], '2024-01-03T00:00:00Z'), story, settings).hoursApart).toBe(0);
    expect(compareTime(side([], '2024-01-06T00:00:00Z'), story, settings).hoursApart).toBe(24);
  });

  it('scores the same mentioned day as fully close even without publication times', () => {
    const result = compareTime(side(['--12-07']), side(['2021-12-07']), settings);
    expect(result.value).toBe(1);
    expect(result.hoursApart).toBeNull();
    expect(result.gapDays).toBe(0);
  });
});
