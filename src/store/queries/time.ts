// Timestamp checks for the store: callers hand in ISO strings, queries compare their UTC forms.
import { InputError } from '../../domain/index.js';

const ISO_START = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/;

/** The UTC ISO form of an ISO 8601 timestamp, or an InputError naming the field and the record. */
export function toUtcIso(value: string, field: string, ref: string): string {
  const millis = ISO_START.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(millis)) {
    throw new InputError('store', `${field} is not an ISO 8601 timestamp: ${JSON.stringify(value)}`, ref);
  }
  return new Date(millis).toISOString();
}

export function toUtcIsoOrNull(value: string | null, field: string, ref: string): string | null {
  return value === null ? null : toUtcIso(value, field, ref);
}

/** Read at call time (not cached) so tests can move the clock. */
export function nowUtcIso(): string {
  return new Date().toISOString();
}

/** `YYYY-MM-DD` check for day filters. */
export function checkDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw new InputError('store', `day must be YYYY-MM-DD, got ${JSON.stringify(day)}`, day);
  }
  return day;
}
