// Migration 12: dense sentence vectors of articles' pivot texts (optional dense clustering signal), computed once per article and model.
import { textType } from './column-types.js';
import type { Migration } from './migration.js';

export const articleVectors: Migration = {
  id: '0012-article-vectors',
  async up(db, dialect) {
    const text = textType(dialect);
    // One row per (article, model): vectors of two models never compare, and switching back keeps the old ones.
    await db.schema
      .createTable('article_vectors')
      .addColumn('article_id', text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('model', text, (c) => c.notNull())
      .addColumn('dimensions', 'integer', (c) => c.notNull())
      // Packed little-endian Float32, 4 bytes per dimension (2 KB for USE-lite's 512).
      .addColumn('vector', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('article_vectors_pk', ['article_id', 'model'])
      .execute();
  },
};
