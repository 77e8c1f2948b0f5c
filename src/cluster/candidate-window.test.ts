// The candidate window: around publication, else around full dates mentioned, else unbounded.
import { describe, expect, it } from 'vitest';
import { candidateWindow, makeClusterSettings } from './index.js';

const settings = makeClusterSettings({ windowDays: 7, undatedLookaheadDays: 60 });

describe('candidateWindow', () => {
  it('spans windowDays either side of the publication day', () => {
    expect(candidateWindow({ publishedAt: '2021-05-21T15:30:00Z', dates: ['2020-01-01'] }, settings)).toEqual({
      from: '2021-05-14T00:00:00.000Z',
      to: '2021-05-29T00:00:00.000Z',
    });
  });

  it('uses the full dates an undated article mentions, looking further ahead than back', () => {
    expect(candidateWindow({ publishedAt: null, dates: ['2021-12-07', '--12-04', '2021-12-04'] }, settings)).toEqual({
      from: '2021-11-27T00:00:00.000Z',
      to: '2022-02-06T00:00:00.000Z',
    });
  });

  it('uses a whole month when only a month is mentioned', () => {
    const window = candidateWindow({ publishedAt: null, dates: ['2022-01'] }, settings);
    expect(window.from).toBe('2021-12-25T00:00:00.000Z');
    expect(window.to).toBe('2022-04-02T00:00:00.000Z');
  });

  it('is unbounded without a publication time or a date with a year', () => {
    expect(candidateWindow({ publishedAt: null, dates: ['--12-07'] }, settings)).toEqual({ from: null, to: null });
    expect(candidateWindow({ publishedAt: 'not a date', dates: [] }, settings)).toEqual({ from: null, to: null });
  });
});
