// Followed sources in portable SQL: add, find, list, remove, due ones, fetch health, and seen item keys.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { InputError } from '../../domain/index.js';
import type { NewSource, Source, SourceFetchOutcome, SourceKind } from '../../domain/index.js';
import type { Database, SourcesTable } from './tables.js';
import { nowUtcIso, toUtcIso } from './time.js';

const KINDS: readonly SourceKind[] = ['feed', 'sitemap', 'page'];
/** Keys per statement, well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export function sourceIdFor(url: string): string {
  return `src-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

function toSource(row: Selectable<SourcesTable>, now: number): Source {
  const days = Math.max(1, (now - Date.parse(row.added_at)) / DAY_MS);
  return {
    id: row.id,
    url: row.url,
    kind: row.kind as SourceKind,
    name: row.name,
    language: row.language,
    section: row.section,
    intervalMinutes: Number(row.interval_minutes),
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchAt: row.last_fetch_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    consecutiveFailures: Number(row.consecutive_failures),
    nextDueAt: row.next_due_at,
    articleCount: Number(row.article_count),
    articlesPerDay: Math.round((Number(row.article_count) / days) * 10) / 10,
  };
}

/** Adds the source unless its URL is already followed; returns the stored one either way. */
export async function addSource(db: Kysely<Database>, source: NewSource): Promise<{ source: Source; created: boolean }> {
  if (!KINDS.includes(source.kind)) throw new InputError('store', `source kind must be feed, sitemap or page, got ${JSON.stringify(source.kind)}`, source.url);
  if (!Number.isInteger(source.intervalMinutes) || source.intervalMinutes < 1) {
    throw new InputError('store', `fetch interval must be a whole number of minutes (1 or more), got ${source.intervalMinutes}`, source.url);
  }
  const now = nowUtcIso();
  const id = sourceIdFor(source.url);
  const inserted = await db
    .insertInto('sources')
    .values({
      id,
      url: source.url,
      kind: source.kind,
      name: source.name,
      language: source.language,
      section: source.section,
      interval_minutes: source.intervalMinutes,
      added_at: now,
      next_due_at: now,
      consecutive_failures: 0,
      article_count: 0,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  const stored = await getSource(db, id);
  if (!stored) throw new InputError('store', 'source vanished while being added', source.url);
  return { source: stored, created: inserted !== undefined };
}

/** By id or by URL. */
export async function getSource(db: Kysely<Database>, idOrUrl: string): Promise<Source | null> {
  const row = await db.selectFrom('sources').selectAll().where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)])).executeTakeFirst();
  return row ? toSource(row, Date.now()) : null;
}

/** Ordered by section, then name or URL. */
export async function listSources(db: Kysely<Database>): Promise<Source[]> {
  const rows = await db.selectFrom('sources').selectAll().orderBy('section').orderBy('name').orderBy('url').execute();
  const now = Date.now();
  return rows.map((row) => toSource(row, now));
}

/** Removes the source and its seen items; false when there was none. */
export async function removeSource(db: Kysely<Database>, idOrUrl: string): Promise<boolean> {
  const found = await getSource(db, idOrUrl);
  if (!found) return false;
  await db.deleteFrom('source_items').where('source_id', '=', found.id).execute();
  await db.deleteFrom('sources').where('id', '=', found.id).execute();
  return true;
}

/** Sources whose next fetch is due at `now`, longest overdue first. */
export async function listDueSources(db: Kysely<Database>, now: string, limit: number): Promise<Source[]> {
  const at = toUtcIso(now, 'now', 'listDueSources');
  const rows = await db.selectFrom('sources').selectAll().where('next_due_at', '<=', at).orderBy('next_due_at').orderBy('id').limit(limit).execute();
  const clock = Date.now();
  return rows.map((row) => toSource(row, clock));
}

/** Records one fetch: success clears the error and the failure count, a failure increments it. */
export async function recordSourceFetch(db: Kysely<Database>, id: string, outcome: SourceFetchOutcome): Promise<void> {
  const at = toUtcIso(outcome.at, 'at', id);
  const nextDue = toUtcIso(outcome.nextDueAt, 'nextDueAt', id);
  const validators = {
    ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
  };
  const update = db
    .updateTable('sources')
    .set((eb) => ({
      last_fetch_at: at,
      next_due_at: nextDue,
      article_count: eb('article_count', '+', outcome.newArticles),
      ...validators,
      ...(outcome.error === null
        ? { last_success_at: at, last_error: null, consecutive_failures: 0 }
        : { last_error: outcome.error, consecutive_failures: eb('consecutive_failures', '+', 1) }),
    }))
    .where('id', '=', id);
  await update.execute();
}

/** The keys among `keys` this source has not produced before, in their order. */
export async function filterUnseenItems(db: Kysely<Database>, sourceId: string, keys: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('source_items')
      .select('item_key')
      .where('source_id', '=', sourceId)
      .where('item_key', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) seen.add(row.item_key);
  }
  return unique.filter((k) => !seen.has(k));
}

export async function markItemsSeen(db: Kysely<Database>, sourceId: string, keys: readonly string[], at: string): Promise<void> {
  const seenAt = toUtcIso(at, 'at', sourceId);
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const values = unique.slice(i, i + CHUNK).map((item_key) => ({ source_id: sourceId, item_key, seen_at: seenAt }));
    await db.insertInto('source_items').values(values).onConflict((oc) => oc.columns(['source_id', 'item_key']).doNothing()).execute();
  }
}
