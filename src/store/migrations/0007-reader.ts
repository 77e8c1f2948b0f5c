// Migration 7: what the reader's site needs to look up fast: entity mentions per article, and indexes for sections, sources and recent news.
import type { Kysely } from 'kysely';
import type { Database } from '../queries/tables.js';
import { entityRows } from '../queries/article-entities.js';
import { chunk } from '../queries/page.js';
import type { Migration } from './migration.js';

const BACKFILL_BATCH = 500;

export const reader: Migration = {
  id: '0007-reader',
  async up(db) {
    // One row per (article, entity): entity pages, rising entities and alias search read it without parsing JSON.
    await db.schema
      .createTable('article_entities')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      // Canonical name and every surface form, lower-cased and joined by '|', for alias search.
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('published_utc', 'text')
      .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
      .execute();
    await db.schema.createIndex('article_entities_entity').on('article_entities').columns(['entity_id', 'published_utc']).execute();
    await db.schema.createIndex('article_entities_recent').on('article_entities').columns(['published_utc', 'entity_id']).execute();
    await db.schema.createIndex('articles_published').on('articles').columns(['published_utc', 'story_id']).execute();
    await db.schema.createIndex('articles_section').on('articles').columns(['section', 'published_utc']).execute();
    // The content version reads the newest value of each of these; an index makes each an O(log n) look-up.
    await db.schema.createIndex('stories_updated').on('stories').column('updated_utc').execute();
    await db.schema.createIndex('story_members_assigned').on('story_members').column('assigned_at').execute();
    await db.schema.createIndex('article_translations_at').on('article_translations').column('translated_at').execute();
    await db.schema.createIndex('articles_source').on('articles').columns(['source_name', 'published_utc']).execute();

    // Articles stored before this migration get their rows now, in batches, in the same transaction.
    const typed = db as unknown as Kysely<Database>;
    let after = 0;
    for (;;) {
      const rows = await typed
        .selectFrom('articles')
        .select(['seq', 'id', 'entities', 'day', 'published_utc'])
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(BACKFILL_BATCH)
        .execute();
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.seq ?? after;
      const values = rows.flatMap((row) =>
        entityRows(row.id, JSON.parse(row.entities) as Parameters<typeof entityRows>[1], row.day, row.published_utc),
      );
      for (const part of chunk(values, 100)) await typed.insertInto('article_entities').values(part).onConflict((oc) => oc.doNothing()).execute();
    }
  },
};
