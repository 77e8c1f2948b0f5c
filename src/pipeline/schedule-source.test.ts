// The schedule honours the interval, ttl and max-age, and backs off exponentially after failures up to a day.
import { describe, expect, it } from 'vitest';
import { nextDueAt } from './schedule-source.js';

const now = new Date('2026-11-23T12:00:00.000Z');
const minutesAfter = (iso: string) => (Date.parse(iso) - now.getTime()) / 60_000;

describe('nextDueAt', () => {
  it('uses the interval, lengthened by ttl or max-age but never shortened', () => {
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 0 }))).toBe(30);
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 0, ttlMinutes: 120 }))).toBe(120);
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 0, ttlMinutes: 5 }))).toBe(30);
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 0, maxAgeSeconds: 3600 }))).toBe(60);
  });

  it('backs off after failures, capped at a day', () => {
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 1 }))).toBe(30);
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 3 }))).toBe(120);
    expect(minutesAfter(nextDueAt(now, { intervalMinutes: 30, failures: 40 }))).toBe(1440);
  });
});
