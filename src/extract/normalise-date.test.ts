// Tests of date normalisation: the forms metadata uses, and the values that must not become dates.
import { describe, expect, it } from 'vitest';
import { isTimestampLine, normaliseDate } from './normalise-date.js';

describe('normaliseDate', () => {
  it('reads ISO 8601 with and without zone, and date-only values', () => {
    expect(normaliseDate('2021-05-21T18:50:56.168Z')).toBe('2021-05-21T18:50:56.168Z');
    expect(normaliseDate('2024-03-01T17:45:00+01:00')).toBe('2024-03-01T16:45:00.000Z');
    expect(normaliseDate('2024-03-01T17:45:00+0100')).toBe('2024-03-01T16:45:00.000Z');
    expect(normaliseDate('2024-03-01 17:45')).toBe('2024-03-01T17:45:00.000Z');
    expect(normaliseDate('2024-05-10')).toBe('2024-05-10T00:00:00.000Z');
  });

  it('reads RFC 2822 dates from feeds', () => {
    expect(normaliseDate('Sun, 03 Mar 2024 21:05:00 GMT')).toBe('2024-03-03T21:05:00.000Z');
  });

  it('returns null for empty, invalid and implausible values', () => {
    expect(normaliseDate(undefined)).toBeNull();
    expect(normaliseDate('  ')).toBeNull();
    expect(normaliseDate('not a date')).toBeNull();
    expect(normaliseDate('2024-13-45')).toBeNull();
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeNull();
    expect(normaliseDate('1621012345')).toBeNull();
  });
});

describe('isTimestampLine', () => {
  it('accepts a line that is only a timestamp', () => {
    expect(isTimestampLine('2021-05-21T18:50:56.168Z')).toBe(true);
    expect(isTimestampLine('  2021-05-21  ')).toBe(true);
    expect(isTimestampLine('Published 2021-05-21')).toBe(false);
  });
});
