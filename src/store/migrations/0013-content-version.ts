// Migration 13: indexes for the page cache's content-version check, so each of its parts is an index read at any archive size.
import type { Migration } from './migration.js';

export const contentVersionIndexes: Migration = {
  id: '0013-content-version',
  async up(db) {
    // max(seen_at): without an index every link row is read, four times a second under load.
    await db.schema.createIndex('article_links_seen').on('article_links').column('seen_at').execute();
    // The count of near copies: the few marked rows only, not every fingerprint.
    await db.schema
      .createIndex('article_fingerprints_near_copy')
      .on('article_fingerprints')
      .column('near_copy_of')
      .where('near_copy_of', 'is not', null)
      .execute();
  },
};
