// Migration 8: where a merged story's id now leads, so that the URL of a story absorbed by another keeps working.
import { textType } from './column-types.js';
import type { Migration } from './migration.js';

export const storyRedirects: Migration = {
  id: '0008-story-redirects',
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('story_redirects')
      .addColumn('from_id', text, (c) => c.primaryKey())
      .addColumn('to_id', text, (c) => c.notNull())
      .addColumn('created_utc', text, (c) => c.notNull())
      .execute();
    // Re-pointing a chain (a -> b, then b -> c) looks rows up by their target.
    await db.schema.createIndex('story_redirects_to').on('story_redirects').column('to_id').execute();
  },
};
