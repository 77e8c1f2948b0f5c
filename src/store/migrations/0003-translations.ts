// Migration 3: article translations into reader languages, and the segment cache that survives restarts.
import { textType } from './column-types.js';
import type { Migration } from './migration.js';

export const translations: Migration = {
  id: '0003-translations',
  async up(db, dialect) {
    const text = textType(dialect);
    // The primary key (article_id, target) serves listTranslations (article_id IN (...) AND target = ?).
    await db.schema
      .createTable('article_translations')
      .addColumn('article_id', text, (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('target', text, (c) => c.notNull())
      .addColumn('title', text, (c) => c.notNull())
      // Null until the body is translated (bodies may be translated on first view).
      .addColumn('text', text)
      .addColumn('provider', text, (c) => c.notNull())
      .addColumn('quality', text, (c) => c.notNull())
      .addColumn('path', text, (c) => c.notNull())
      .addColumn('translated_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('article_translations_pk', ['article_id', 'target'])
      .execute();

    // No foreign key: a segment is keyed by the hash of its text, shared by every article that contains it.
    await db.schema
      .createTable('translation_cache')
      .addColumn('text_hash', text, (c) => c.notNull())
      .addColumn('source_lang', text, (c) => c.notNull())
      .addColumn('target_lang', text, (c) => c.notNull())
      .addColumn('provider', text, (c) => c.notNull())
      .addColumn('text', text, (c) => c.notNull())
      .addColumn('quality', text, (c) => c.notNull())
      .addColumn('result_provider', text, (c) => c.notNull())
      // Null when the provider did not say which languages the text went through.
      .addColumn('path', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addPrimaryKeyConstraint('translation_cache_pk', ['text_hash', 'source_lang', 'target_lang', 'provider'])
      .execute();
  },
};
