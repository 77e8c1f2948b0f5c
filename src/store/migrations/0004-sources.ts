// Migration 4: followed sources with their fetch state and health, and the item keys already seen per source.
import type { Migration } from './migration.js';

export const sources: Migration = {
  id: '0004-sources',
  async up(db) {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('language', 'text')
      .addColumn('section', 'text')
      .addColumn('interval_minutes', 'integer', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_fetch_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      // UTC ISO, compared as text by the due-sources query.
      .addColumn('next_due_at', 'text', (c) => c.notNull())
      .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('sources_next_due').on('sources').column('next_due_at').execute();

    await db.schema
      .createTable('source_items')
      .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id').onDelete('cascade'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('source_items_pk', ['source_id', 'item_key'])
      .execute();
  },
};
