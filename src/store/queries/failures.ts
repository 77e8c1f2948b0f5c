// The failure log in portable SQL: inputs that could not be ingested.
import type { Kysely } from 'kysely';
import type { FailureRecord, Page } from '../store.js';
import { checkPage } from './page.js';
import type { Database } from './tables.js';

export async function recordFailure(db: Kysely<Database>, failure: FailureRecord): Promise<void> {
  await db
    .insertInto('failures')
    .values({ ref: failure.ref, stage: failure.stage, message: failure.message, at: failure.at })
    .execute();
}

/** Most recently recorded first (recording order, not `at`, which the caller may back-date). */
export async function listFailures(db: Kysely<Database>, page: Page): Promise<FailureRecord[]> {
  const { limit, offset } = checkPage(page, null);
  let select = db.selectFrom('failures').select(['ref', 'stage', 'message', 'at']).orderBy('id', 'desc');
  if (limit !== null || offset > 0) select = select.limit(limit ?? Number.MAX_SAFE_INTEGER);
  if (offset > 0) select = select.offset(offset);
  return select.execute();
}
