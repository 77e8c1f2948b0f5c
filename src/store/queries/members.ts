// Story membership in portable SQL: which story an article belongs to, and why.
import type { Kysely, Transaction } from 'kysely';
import { NotFoundError } from '../../domain/index.js';
import type { MatchReason, StoryMember } from '../../domain/index.js';
import type { Database } from './tables.js';
import { nowUtcIso } from './time.js';

/** An article belongs to at most one story: assigning it again moves it and replaces the reason. */
export async function assignArticle(
  trx: Transaction<Database>,
  articleId: string,
  storyId: string,
  reason: MatchReason,
  /** Set when the same transaction has just written the story: its existence needs no check. */
  storyWritten = false,
): Promise<void> {
  if (!storyWritten) {
    const story = await trx.selectFrom('stories').select('id').where('id', '=', storyId).executeTakeFirst();
    if (!story) throw new NotFoundError('store', `no story ${storyId} to assign article ${articleId} to`, storyId);
  }
  const updated = await trx
    .updateTable('articles')
    .set({ story_id: storyId })
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    throw new NotFoundError('store', `no article ${articleId} to assign to story ${storyId}`, articleId);
  }
  const member = { story_id: storyId, article_id: articleId, reason: JSON.stringify(reason), assigned_at: nowUtcIso() };
  await trx
    .insertInto('story_members')
    .values(member)
    .onConflict((oc) =>
      oc.column('article_id').doUpdateSet({ story_id: storyId, reason: member.reason, assigned_at: member.assigned_at }),
    )
    .execute();
}

/** Publication order (undated last), then ingestion order. */
export async function listStoryMembers(db: Kysely<Database>, storyId: string): Promise<StoryMember[]> {
  const rows = await db
    .selectFrom('story_members as m')
    .innerJoin('articles as a', 'a.id', 'm.article_id')
    .select(['m.article_id', 'm.reason'])
    .where('m.story_id', '=', storyId)
    .orderBy('a.published_utc', (ob) => ob.asc().nullsLast())
    .orderBy('a.ingested_utc')
    .orderBy('a.seq')
    .execute();
  return rows.map((row) => ({ articleId: row.article_id, reason: JSON.parse(row.reason) as MatchReason }));
}
