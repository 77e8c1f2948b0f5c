// Query-string validation shared by pages and the API: zod schemas, and one parser that names every bad parameter.
import type { Context } from 'hono';
import { z } from 'zod';
import { InputError } from '../domain/index.js';

/** Largest page any listing serves, whatever the client asks. */
export const MAX_LIMIT = 100;

export function integerParam(min: number, max: number): z.ZodType<number, string> {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD, e.g. 2021-05-21')
  .refine(isCalendarDay, 'is not a day of the calendar');

export const searchTextParam = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'));

/**
 * Parses the request's query string with `schema`; reports every bad parameter at once as
 * `serve: invalid query: limit must be ..., got "abc"` (an InputError, so HTTP 400).
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw = c.req.query();
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'query');
    const got = raw[name];
    const message = issue.code === 'invalid_type' && got === undefined ? 'is required' : issue.message;
    return `${name} ${message}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`;
  });
  throw new InputError('serve', `invalid query parameter: ${problems.join('; ')}`);
}

/** Path segments like `:day` go through the same rules as query parameters. */
export function parseDay(value: string): string {
  const result = dayParam.safeParse(value);
  if (result.success) return result.data;
  throw new InputError('serve', `invalid day in the address: ${result.error.issues[0]?.message ?? 'bad value'}, got ${JSON.stringify(value)}`);
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
