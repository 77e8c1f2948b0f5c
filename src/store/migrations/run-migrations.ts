// Applies pending migrations in order, each in its own transaction; already applied ones are skipped.
import type { Kysely } from 'kysely';
import type { Database } from '../queries/tables.js';
import { nowUtcIso } from '../queries/time.js';
import { coreTables } from './0001-core-tables.js';
import { searchIndex } from './0002-search-index.js';
import { translations } from './0003-translations.js';
import { sources } from './0004-sources.js';
import { articleLinks } from './0005-article-links.js';
import { storylines } from './0006-storylines.js';
import { reader } from './0007-reader.js';
import { storyRedirects } from './0008-story-redirects.js';
import { pageSpeed } from './0009-page-speed.js';
import { candidateWindow } from './0010-candidate-window.js';
import { articleLead } from './0011-article-lead.js';
import { articleVectors } from './0012-article-vectors.js';
import { contentVersionIndexes } from './0013-content-version.js';
import type { Migration, SqlDialect } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [coreTables, searchIndex, translations, sources, articleLinks, storylines, reader, storyRedirects, pageSpeed, candidateWindow, articleLead, articleVectors, contentVersionIndexes];

/**
 * Returns the ids it applied. Each migration first inserts its own row into schema_migrations
 * (`ON CONFLICT DO NOTHING`), inside the transaction that applies it: the insert takes the write
 * lock, so when two processes start at once the second waits, finds the row and skips the step.
 */
export async function runMigrations(
  db: Kysely<Database>,
  dialect: SqlDialect,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set((await db.selectFrom('schema_migrations').select('id').execute()).map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    const ran = await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .insertInto('schema_migrations')
        .values({ id: migration.id, applied_at: nowUtcIso() })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!claimed) return false;
      await migration.up(trx as unknown as Kysely<unknown>, dialect);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}
