// When a source is fetched next: its interval, stretched by the feed's ttl and Cache-Control, and backed off after failures.

export interface ScheduleInput {
  intervalMinutes: number;
  /** Consecutive failures including this fetch's (0 after a success). */
  failures: number;
  /** RSS <ttl> in minutes, when the feed gave one. */
  ttlMinutes?: number | null;
  /** Cache-Control max-age in seconds, when the server gave one. */
  maxAgeSeconds?: number | null;
}

const MINUTE = 60_000;
/** Neither a ttl nor a backoff pushes a source further than a day away. */
const MAX_DELAY_MINUTES = 24 * 60;

export function nextDueAt(now: Date, input: ScheduleInput): string {
  let minutes = input.intervalMinutes;
  // A feed's own ttl and the server's max-age only ever lengthen the interval: fetching sooner gains nothing.
  if (input.ttlMinutes && input.ttlMinutes > minutes) minutes = input.ttlMinutes;
  if (input.maxAgeSeconds && input.maxAgeSeconds / 60 > minutes) minutes = input.maxAgeSeconds / 60;
  if (input.failures > 0) minutes = minutes * 2 ** Math.min(input.failures - 1, 10);
  minutes = Math.min(minutes, Math.max(MAX_DELAY_MINUTES, input.intervalMinutes));
  return new Date(now.getTime() + minutes * MINUTE).toISOString();
}
