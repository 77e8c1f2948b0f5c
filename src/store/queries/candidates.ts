// Candidate retrieval for clustering: stories sharing inverted-index keys within a time window, and key frequencies.
import type { Kysely } from 'kysely';
import { InputError } from '../../domain/index.js';
import type { StoryProfile } from '../../domain/index.js';
import type { CandidateQuery, KeyFrequencies } from '../store.js';
import { chunk } from './page.js';
import type { Database } from './tables.js';
import { toUtcIsoOrNull } from './time.js';
import { loadKeys, toProfile } from './stories.js';

/** SQLite binds at most 32,766 parameters per statement, PostgreSQL 65,535; an article has far fewer keys. */
const MAX_KEYS = 10_000;

/**
 * Starts from the key index (story_keys(key, story_id, weight) is covering), so the cost follows
 * how many stories share the keys, not how many stories exist. A story qualifies when its
 * [first, last] publication span overlaps [from, to]; a missing bound on either side never excludes.
 */
export async function findCandidateStories(db: Kysely<Database>, query: CandidateQuery): Promise<StoryProfile[]> {
  if (!Number.isSafeInteger(query.limit) || query.limit < 0) {
    throw new InputError('store', `limit must be a whole number >= 0, got ${query.limit}`, 'findCandidateStories');
  }
  const keys = [...new Set(query.keys)];
  if (keys.length === 0 || query.limit === 0) return [];
  if (keys.length > MAX_KEYS) {
    throw new InputError('store', `at most ${MAX_KEYS} keys per candidate query, got ${keys.length}`, 'findCandidateStories');
  }
  const from = toUtcIsoOrNull(query.from, 'from', 'findCandidateStories');
  const to = toUtcIsoOrNull(query.to, 'to', 'findCandidateStories');
  const rows = await selectCandidates(db, keys, from, to, query.limit).execute();
  const storyKeys = await loadKeys(db, rows.map((row) => row.id));
  return rows.map((row) => toProfile(row, storyKeys.get(row.id) ?? {}));
}

/** The candidate query itself, separate so tests can check its plan; `from`/`to` are UTC ISO or null. */
export function selectCandidates(db: Kysely<Database>, keys: string[], from: string | null, to: string | null, limit: number) {
  let select = db
    .selectFrom('story_keys as sk')
    .innerJoin('stories as s', 's.id', 'sk.story_id')
    .select((eb) => ['s.id', 's.profile', eb.fn.sum<number>('sk.weight').as('score')])
    .where('sk.key', 'in', keys);
  if (to !== null) {
    select = select.where((eb) => eb.or([eb('s.first_published_utc', 'is', null), eb('s.first_published_utc', '<=', to)]));
  }
  if (from !== null) {
    select = select.where((eb) => eb.or([eb('s.last_published_utc', 'is', null), eb('s.last_published_utc', '>=', from)]));
  }
  return select.groupBy('s.id').orderBy('score', 'desc').orderBy('s.id').limit(limit);
}

/** Keys nobody carries are reported with 0, so callers can index the result directly. */
export async function keyFrequencies(db: Kysely<Database>, keys: string[]): Promise<KeyFrequencies> {
  const total = await db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const counts: Record<string, number> = {};
  const unique = [...new Set(keys)];
  for (const key of unique) counts[key] = 0;
  for (const part of chunk(unique)) {
    const rows = await db
      .selectFrom('story_keys')
      .select((eb) => ['key', eb.fn.countAll().as('n')])
      .where('key', 'in', part)
      .groupBy('key')
      .execute();
    for (const row of rows) counts[row.key] = Number(row.n);
  }
  return { stories: Number(total.n), counts };
}
