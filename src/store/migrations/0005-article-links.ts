// Migration 5: every URL an article was reached by (one article, several links) and text fingerprints for near-duplicates.
import type { Migration } from './migration.js';

export const articleLinks: Migration = {
  id: '0005-article-links',
  async up(db) {
    await db.schema
      .createTable('article_links')
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('url_key', 'text', (c) => c.notNull())
      .addColumn('source_name', 'text')
      .addColumn('seen_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('article_links_pk', ['article_id', 'url'])
      .execute();
    // Looked up on every insertion: "is this page already stored under another spelling of its URL?"
    await db.schema.createIndex('article_links_url_key').on('article_links').column('url_key').execute();

    await db.schema
      .createTable('article_fingerprints')
      .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('host', 'text')
      .addColumn('source_name', 'text')
      .addColumn('near_copy_of', 'text')
      .execute();
    // One row per band of a fingerprint: near fingerprints share a band, found by equality on the primary key.
    await db.schema
      .createTable('article_fingerprint_bands')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('article_fingerprint_bands_pk', ['band', 'article_id'])
      .execute();
    await db.schema.createIndex('article_fingerprint_bands_article').on('article_fingerprint_bands').column('article_id').execute();
  },
};
