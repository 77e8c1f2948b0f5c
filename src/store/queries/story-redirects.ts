// Story redirects: the id of a story merged into another leads to the survivor.
import type { Kysely, Transaction } from 'kysely';
import type { StoryRedirect } from '../store.js';
import type { Database } from './tables.js';
import { nowUtcIso } from './time.js';

/**
 * Records each redirect and keeps chains one hop long: what led to `from` now leads to `to`. A
 * redirect away from a story that is its own target, or to itself, is dropped.
 */
export async function redirectStories(trx: Transaction<Database>, redirects: readonly StoryRedirect[]): Promise<void> {
  const at = nowUtcIso();
  for (const { from, to } of redirects) {
    if (from === to) continue;
    await trx.updateTable('story_redirects').set({ to_id: to }).where('to_id', '=', from).execute();
    // The survivor is a live story again: nothing may lead away from it.
    await trx.deleteFrom('story_redirects').where('from_id', '=', to).execute();
    await trx
      .insertInto('story_redirects')
      .values({ from_id: from, to_id: to, created_utc: at })
      .onConflict((oc) => oc.column('from_id').doUpdateSet({ to_id: to, created_utc: at }))
      .execute();
  }
}

export async function resolveStoryRedirect(db: Kysely<Database>, storyId: string): Promise<string | null> {
  const row = await db.selectFrom('story_redirects').select('to_id').where('from_id', '=', storyId).executeTakeFirst();
  return row?.to_id ?? null;
}
