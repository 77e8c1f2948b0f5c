// Migration 11: the article's lead (standfirst) found by extraction, kept apart from the body; null for older rows.
import { textType } from './column-types.js';
import type { Migration } from './migration.js';

export const articleLead: Migration = {
  id: '0011-article-lead',
  async up(db, dialect) {
    await db.schema.alterTable('articles').addColumn('lead', textType(dialect)).execute();
  },
};
