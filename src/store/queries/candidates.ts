// Candidate retrieval for clustering: stories sharing inverted-index keys within a time window, and key frequencies.
import { sql } from 'kysely';
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

/** Stories read per key, newest first (as MemoryClusterer's maxPostingsPerKey): a key most stories carry weighs little in a score. */
export const MAX_STORIES_PER_KEY = 200;
/** Keys per statement: SQLite allows 500 terms in a compound select. */
const KEYS_PER_STATEMENT = 400;

interface CandidateRow {
  id: string;
  profile: string;
  score: number;
}

/**
 * Reads, for each key, at most MAX_STORIES_PER_KEY stories whose publication span overlaps
 * [from, to], newest first, from one range of the (key, span_last) index; ranks them by summed
 * key weight, ties by id. The cost follows the number of keys, not the size of the archive. A
 * missing bound on either side never excludes (unknown spans are stored as the widest ones).
 */
export async function findCandidateStories(db: Kysely<Database>, query: CandidateQuery): Promise<StoryProfile[]> {
  if (!Number.isSafeInteger(query.limit) || query.limit < 0) {
    throw new InputError('store', `limit must be a whole number >= 0, got ${query.limit}`, 'findCandidateStories');
  }
  const keys = [...new Set(query.keys)].sort();
  if (keys.length === 0 || query.limit === 0) return [];
  if (keys.length > MAX_KEYS) {
    throw new InputError('store', `at most ${MAX_KEYS} keys per candidate query, got ${keys.length}`, 'findCandidateStories');
  }
  const from = toUtcIsoOrNull(query.from, 'from', 'findCandidateStories');
  const to = toUtcIsoOrNull(query.to, 'to', 'findCandidateStories');
  const parts = chunk(keys, KEYS_PER_STATEMENT);
  let rows: CandidateRow[];
  if (parts.length === 1) {
    rows = (await selectCandidates(keys, from, to, query.limit).execute(db)).rows;
  } else {
    // Rare (an article has far fewer lookup keys): sum each statement's scores, then rank.
    const scores = new Map<string, number>();
    for (const part of parts) {
      for (const row of (await selectCandidates(part, from, to, null).execute(db)).rows) {
        scores.set(row.id, (scores.get(row.id) ?? 0) + Number(row.score));
      }
    }
    const top = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, query.limit);
    const profiles = new Map<string, string>();
    for (const part of chunk(top.map(([id]) => id))) {
      for (const row of await db.selectFrom('stories').select(['id', 'profile']).where('id', 'in', part).execute()) profiles.set(row.id, row.profile);
    }
    rows = top.flatMap(([id, score]) => {
      const profile = profiles.get(id);
      return profile === undefined ? [] : [{ id, profile, score }];
    });
  }
  const storyKeys = await loadKeys(db, rows.map((row) => row.id));
  return rows.map((row) => toProfile(row, storyKeys.get(row.id) ?? {}));
}

/**
 * The candidate query itself, separate so tests can check its plan; `from`/`to` are UTC ISO or
 * null, `limit` null for every story reached. One LIMITed index range per key, unioned.
 */
export function selectCandidates(keys: readonly string[], from: string | null, to: string | null, limit: number | null) {
  const perKey = keys.map((key, i) => {
    const conditions = [sql`key = ${key}`];
    if (from !== null) conditions.push(sql`span_last >= ${from}`);
    if (to !== null) conditions.push(sql`span_first <= ${to}`);
    const name = sql.id(`k${i}`);
    return sql`select * from (select story_id, weight from story_keys where ${sql.join(conditions, sql` and `)}
      order by span_last desc, span_first desc, story_id desc limit ${MAX_STORIES_PER_KEY}) as ${name}`;
  });
  const ranked = sql`select s.id, s.profile, c.score from (
      select story_id, sum(weight) as score from (${sql.join(perKey, sql` union all `)}) as hits group by story_id
    ) as c inner join stories as s on s.id = c.story_id order by c.score desc, s.id`;
  return limit === null ? sql<CandidateRow>`${ranked}` : sql<CandidateRow>`${ranked} limit ${limit}`;
}

/** Keys nobody carries are reported with 0, so callers can index the result directly; both counts are kept by triggers. */
export async function keyFrequencies(db: Kysely<Database>, keys: string[]): Promise<KeyFrequencies> {
  const total = await db.selectFrom('store_counts').select('value').where('name', '=', 'stories').executeTakeFirst();
  const counts: Record<string, number> = {};
  const unique = [...new Set(keys)];
  for (const key of unique) counts[key] = 0;
  for (const part of chunk(unique)) {
    const rows = await db.selectFrom('key_counts').select(['key', 'stories']).where('key', 'in', part).execute();
    for (const row of rows) counts[row.key] = Number(row.stories);
  }
  return { stories: Number(total?.value ?? 0), counts };
}
