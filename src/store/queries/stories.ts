// Story queries in portable SQL: save with inverted-index keys, read, list; candidate retrieval lives in candidates.ts.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { InternalError } from '../../domain/index.js';
import type { Story, StoryProfile } from '../../domain/index.js';
import type { StoryQuery } from '../store.js';
import { checkPage, chunk } from './page.js';
import type { Database, StoriesTable } from './tables.js';
import { checkDay, toUtcIso, toUtcIsoOrNull } from './time.js';
import { SPAN_UNKNOWN_FIRST, SPAN_UNKNOWN_LAST } from '../migrations/0010-candidate-window.js';

type StoryRow = Selectable<StoriesTable>;

/** What the profile column holds: the profile minus its keys, which live in story_keys. */
type StoredProfile = Omit<StoryProfile, 'storyId' | 'keys'>;

export function toStory(row: StoryRow): Story {
  return {
    id: row.id,
    title: row.title,
    leadArticleId: row.lead_article_id,
    articleCount: row.article_count,
    languages: JSON.parse(row.languages) as Story['languages'],
    sources: JSON.parse(row.sources) as Story['sources'],
    firstPublishedAt: row.first_published_at,
    lastPublishedAt: row.last_published_at,
    entities: JSON.parse(row.entities) as Story['entities'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toProfile(row: Pick<StoryRow, 'id' | 'profile'>, keys: Record<string, number>): StoryProfile {
  const stored = JSON.parse(row.profile) as StoredProfile;
  return { storyId: row.id, keys, ...stored };
}

/** The row a story is stored as; its keys go to story_keys (see checkKeys). */
export function toStoryRow(story: Story, profile: StoryProfile): StoryRow {
  const stored: StoredProfile = {
    articleCount: profile.articleCount,
    dates: profile.dates,
    firstPublishedAt: profile.firstPublishedAt,
    lastPublishedAt: profile.lastPublishedAt,
    ...(profile.dense ? { dense: profile.dense } : {}),
  };
  return {
    id: story.id,
    title: story.title,
    lead_article_id: story.leadArticleId,
    article_count: story.articleCount,
    languages: JSON.stringify(story.languages),
    sources: JSON.stringify(story.sources),
    first_published_at: story.firstPublishedAt,
    first_published_utc: toUtcIsoOrNull(story.firstPublishedAt, 'firstPublishedAt', story.id),
    last_published_at: story.lastPublishedAt,
    last_published_utc: toUtcIsoOrNull(story.lastPublishedAt, 'lastPublishedAt', story.id),
    entities: JSON.stringify(story.entities),
    profile: JSON.stringify(stored),
    created_at: story.createdAt,
    updated_at: story.updatedAt,
    updated_utc: toUtcIso(story.updatedAt, 'updatedAt', story.id),
  };
}

/** The profile's inverted-index keys, checked: it must belong to the story and every weight be finite. */
export function checkKeys(story: Story, profile: StoryProfile): [string, number][] {
  if (profile.storyId !== story.id) {
    throw new InternalError('store', `profile belongs to story ${profile.storyId}, not ${story.id}`, story.id);
  }
  const entries = Object.entries(profile.keys);
  for (const [key, weight] of entries) {
    if (!Number.isFinite(weight)) throw new InternalError('store', `key ${key} has weight ${weight}`, story.id);
  }
  return entries;
}

/** What a story's key rows carry for the candidate window: its publication span, unknown bounds widest. */
export function storySpan(row: Pick<StoryRow, 'first_published_utc' | 'last_published_utc'>): { span_first: string; span_last: string } {
  return { span_first: row.first_published_utc ?? SPAN_UNKNOWN_FIRST, span_last: row.last_published_utc ?? SPAN_UNKNOWN_LAST };
}

/**
 * Upserts the story row and its keys, and deletes the keys it no longer has; run inside one
 * transaction. Keys it keeps are updated in place (weight and span), so the triggers that keep
 * key_counts fire only for keys gained or lost. Rows go in key order, so that two writers on
 * PostgreSQL lock the key_counts rows they share in the same order.
 */
export async function saveStory(trx: Transaction<Database>, story: Story, profile: StoryProfile): Promise<void> {
  const keys = checkKeys(story, profile).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const row = toStoryRow(story, profile);
  const { id: _id, ...updates } = row;
  await trx
    .insertInto('stories')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(updates))
    .execute();
  const kept = new Set(keys.map(([key]) => key));
  const stored = await trx.selectFrom('story_keys').select('key').where('story_id', '=', story.id).orderBy('key').execute();
  const gone = stored.map((r) => r.key).filter((key) => !kept.has(key));
  for (const part of chunk(gone)) await trx.deleteFrom('story_keys').where('story_id', '=', story.id).where('key', 'in', part).execute();
  const span = storySpan(row);
  for (const part of chunk(keys, 300)) {
    await trx
      .insertInto('story_keys')
      .values(part.map(([key, weight]) => ({ story_id: story.id, key, weight, ...span })))
      .onConflict((oc) =>
        oc.columns(['story_id', 'key']).doUpdateSet((eb) => ({
          weight: eb.ref('excluded.weight'),
          span_first: eb.ref('excluded.span_first'),
          span_last: eb.ref('excluded.span_last'),
        })),
      )
      .execute();
  }
}

export async function getStory(db: Kysely<Database>, id: string): Promise<Story | null> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStory(row) : null;
}

/** Several stories in one query per 500 ids, in the order asked; unknown ids are left out. */
export async function getStories(db: Kysely<Database>, ids: readonly string[]): Promise<Story[]> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Story>();
  for (const part of chunk(unique)) {
    for (const row of await db.selectFrom('stories').selectAll().where('id', 'in', part).execute()) found.set(row.id, toStory(row));
  }
  return unique.flatMap((id) => found.get(id) ?? []);
}

/** The keys of several stories at once, story id -> key -> weight. */
export async function loadKeys(db: Kysely<Database>, storyIds: string[]): Promise<Map<string, Record<string, number>>> {
  const keys = new Map<string, Record<string, number>>(storyIds.map((id) => [id, {}]));
  for (const part of chunk(storyIds)) {
    const rows = await db
      .selectFrom('story_keys')
      .select(['story_id', 'key', 'weight'])
      .where('story_id', 'in', part)
      .execute();
    for (const row of rows) {
      const forStory = keys.get(row.story_id);
      if (forStory) forStory[row.key] = row.weight;
    }
  }
  return keys;
}

export async function getStoryProfile(db: Kysely<Database>, storyId: string): Promise<StoryProfile | null> {
  const row = await db.selectFrom('stories').select(['id', 'profile']).where('id', '=', storyId).executeTakeFirst();
  if (!row) return null;
  const keys = await loadKeys(db, [storyId]);
  return toProfile(row, keys.get(storyId) ?? {});
}

/** Latest publication first (undated last), then most recently updated; `day` keeps stories with an article that day. */
export async function listStories(db: Kysely<Database>, query: StoryQuery): Promise<Story[]> {
  const page = checkPage(query, null);
  let select = db.selectFrom('stories').selectAll();
  if (query.day !== undefined) {
    const day = checkDay(query.day);
    select = select.where('id', 'in', (eb) =>
      eb.selectFrom('articles').select('story_id').where('day', '=', day).where('story_id', 'is not', null).$narrowType<{ story_id: string }>(),
    );
  }
  select = select
    .orderBy('last_published_utc', (ob) => ob.desc().nullsLast())
    .orderBy('updated_utc', 'desc')
    .orderBy('id');
  if (page.limit !== null || page.offset > 0) select = select.limit(page.limit ?? Number.MAX_SAFE_INTEGER);
  if (page.offset > 0) select = select.offset(page.offset);
  const rows = await select.execute();
  return rows.map(toStory);
}

/** Deletes stories, their keys and memberships, and detaches their articles; run inside one transaction. */
export async function deleteStories(trx: Transaction<Database>, storyIds: string[]): Promise<void> {
  for (const part of chunk([...new Set(storyIds)])) {
    await trx.updateTable('articles').set({ story_id: null }).where('story_id', 'in', part).execute();
    await trx.deleteFrom('story_members').where('story_id', 'in', part).execute();
    await trx.deleteFrom('story_keys').where('story_id', 'in', part).execute();
    await trx.deleteFrom('stories').where('id', 'in', part).execute();
  }
}
