// Storyline queries in portable SQL: replace a set of storylines with their members, read one, list them, find a story's.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { InternalError } from '../../domain/index.js';
import type { Storyline, StorylineLink } from '../../domain/index.js';
import type { Page } from '../store.js';
import { checkPage, chunk } from './page.js';
import type { Database, StorylinesTable } from './tables.js';
import { toUtcIso, toUtcIsoOrNull } from './time.js';

type StorylineRow = Selectable<StorylinesTable>;

function toRow(storyline: Storyline): StorylineRow {
  return {
    id: storyline.id,
    title: storyline.title,
    entities: JSON.stringify(storyline.entities),
    first_published_at: storyline.firstPublishedAt,
    first_published_utc: toUtcIsoOrNull(storyline.firstPublishedAt, 'firstPublishedAt', storyline.id),
    last_published_at: storyline.lastPublishedAt,
    last_published_utc: toUtcIsoOrNull(storyline.lastPublishedAt, 'lastPublishedAt', storyline.id),
    created_at: storyline.createdAt,
    updated_at: storyline.updatedAt,
    updated_utc: toUtcIso(storyline.updatedAt, 'updatedAt', storyline.id),
  };
}

function checkStoryline(storyline: Storyline): void {
  const ids = storyline.members.map((m) => m.storyId);
  if (ids.length < 2) throw new InternalError('store', `a storyline needs at least two stories, got ${ids.length}`, storyline.id);
  if (new Set(ids).size !== ids.length) throw new InternalError('store', 'a story is listed twice in the storyline', storyline.id);
}

/** Deletes `removeIds`, then writes each storyline and its members; a story moves out of any storyline it was in. Run in one transaction. */
export async function replaceStorylines(trx: Transaction<Database>, save: readonly Storyline[], removeIds: readonly string[]): Promise<void> {
  for (const storyline of save) checkStoryline(storyline);
  for (const part of chunk([...new Set(removeIds)])) await trx.deleteFrom('storylines').where('id', 'in', part).execute();
  for (const storyline of save) {
    const row = toRow(storyline);
    const { id: _id, created_at: _created, ...updates } = row;
    await trx
      .insertInto('storylines')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(updates))
      .execute();
    await trx.deleteFrom('storyline_members').where('storyline_id', '=', storyline.id).execute();
    const storyIds = storyline.members.map((m) => m.storyId);
    for (const part of chunk(storyIds)) await trx.deleteFrom('storyline_members').where('story_id', 'in', part).execute();
    const members = storyline.members.map((m, position) => ({ story_id: m.storyId, storyline_id: storyline.id, position, link: JSON.stringify(m.link) }));
    for (const part of chunk(members, 200)) await trx.insertInto('storyline_members').values(part).execute();
  }
}

/** A storyline with its members in order; stories deleted since (re-clustering) are simply gone from it. */
export async function getStoryline(db: Kysely<Database>, id: string): Promise<Storyline | null> {
  const row = await db.selectFrom('storylines').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [storyline] = await withMembers(db, [row]);
  return storyline ?? null;
}

/** Story id -> storyline id for those of the stories that are in a storyline. */
export async function findStorylineIds(db: Kysely<Database>, storyIds: readonly string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const part of chunk([...new Set(storyIds)])) {
    const rows = await db.selectFrom('storyline_members').select(['story_id', 'storyline_id']).where('story_id', 'in', part).execute();
    for (const row of rows) found[row.story_id] = row.storyline_id;
  }
  return found;
}

/** Storylines with at least two stories, latest publication first (undated last), then by id. */
export async function listStorylines(db: Kysely<Database>, page: Page): Promise<Storyline[]> {
  const checked = checkPage(page, null);
  let select = db
    .selectFrom('storylines')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb.selectFrom('storyline_members').select('storyline_id').groupBy('storyline_id').having((h) => h.fn.countAll(), '>=', 2),
    )
    .orderBy('last_published_utc', (ob) => ob.desc().nullsLast())
    .orderBy('id');
  if (checked.limit !== null || checked.offset > 0) select = select.limit(checked.limit ?? Number.MAX_SAFE_INTEGER);
  if (checked.offset > 0) select = select.offset(checked.offset);
  return withMembers(db, await select.execute());
}

async function withMembers(db: Kysely<Database>, rows: readonly StorylineRow[]): Promise<Storyline[]> {
  const members = new Map<string, Storyline['members']>(rows.map((row) => [row.id, []]));
  for (const part of chunk(rows.map((row) => row.id))) {
    const found = await db
      .selectFrom('storyline_members')
      .select(['storyline_id', 'story_id', 'link'])
      .where('storyline_id', 'in', part)
      .orderBy('storyline_id')
      .orderBy('position')
      .execute();
    for (const m of found) members.get(m.storyline_id)?.push({ storyId: m.story_id, link: JSON.parse(m.link) as StorylineLink });
  }
  return rows.map((row) => {
    const list = members.get(row.id) ?? [];
    return {
      id: row.id,
      title: row.title,
      entities: JSON.parse(row.entities) as Storyline['entities'],
      storyCount: list.length,
      firstPublishedAt: row.first_published_at,
      lastPublishedAt: row.last_published_at,
      members: list,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}
