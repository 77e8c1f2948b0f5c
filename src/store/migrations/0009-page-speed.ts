// Migration 9: covering indexes for the front page's trend inputs, so the last 48 h are read from the index alone.
import type { Migration } from './migration.js';

export const pageSpeed: Migration = {
  id: '0009-page-speed',
  async up(db) {
    // Story activity (articles, distinct outlets and languages per story in the window) reads these four columns
    // only; without them in the index every article row of the window, text included, is read from the table.
    // Same leading columns as articles_published, which it replaces (latest articles, newest publication).
    await db.schema
      .createIndex('articles_trend')
      .on('articles')
      .columns(['published_utc', 'story_id', 'source_name', 'language'])
      .execute();
    await db.schema.dropIndex('articles_published').execute();
    // Rising entities count mentions per entity in the window and show each one's name and kind.
    await db.schema
      .createIndex('article_entities_trend')
      .on('article_entities')
      .columns(['published_utc', 'entity_id', 'kind', 'name'])
      .execute();
    await db.schema.dropIndex('article_entities_recent').execute();
  },
};
