// Migration 1: articles, stories with their inverted-index keys and members, jobs and failures.
import { sql } from 'kysely';
import type { ColumnDefinitionBuilder } from 'kysely';
import { floatType, textType, type ColumnType } from './column-types.js';
import type { Migration, SqlDialect } from './migration.js';

/** A row-number key: SQLite's INTEGER PRIMARY KEY (the rowid), a 64-bit identity on PostgreSQL. */
function rowNumber(dialect: SqlDialect): [ColumnType, (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  return dialect === 'postgres'
    ? ['bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey()]
    : ['integer', (c) => c.primaryKey()];
}

export const coreTables: Migration = {
  id: '0001-core-tables',
  async up(db, dialect) {
    const text = textType(dialect);
    const real = floatType(dialect);
    await db.schema
      .createTable('stories')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('lead_article_id', text, (c) => c.notNull())
      .addColumn('article_count', 'integer', (c) => c.notNull())
      .addColumn('languages', text, (c) => c.notNull())
      .addColumn('sources', text, (c) => c.notNull())
      .addColumn('first_published_at', text)
      .addColumn('first_published_utc', text)
      .addColumn('last_published_at', text)
      .addColumn('last_published_utc', text)
      .addColumn('entities', text, (c) => c.notNull())
      .addColumn('profile', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .addColumn('updated_utc', text, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('stories_recent')
      .on('stories')
      .columns(['last_published_utc desc', 'updated_utc desc'])
      .execute();

    await db.schema
      .createTable('articles')
      // INTEGER PRIMARY KEY aliases SQLite's rowid, which the full-text index points at.
      .addColumn('seq', ...rowNumber(dialect))
      .addColumn('id', text, (c) => c.notNull().unique())
      .addColumn('ref', text, (c) => c.notNull())
      .addColumn('url', text)
      .addColumn('source_name', text)
      .addColumn('credits', text, (c) => c.notNull())
      .addColumn('author', text)
      .addColumn('section', text)
      .addColumn('image_url', text)
      .addColumn('title', text, (c) => c.notNull())
      .addColumn('text', text, (c) => c.notNull())
      .addColumn('language', text, (c) => c.notNull())
      .addColumn('language_confidence', real, (c) => c.notNull())
      .addColumn('published_at', text)
      .addColumn('published_utc', text)
      .addColumn('published_at_origin', text, (c) => c.notNull())
      .addColumn('ingested_at', text, (c) => c.notNull())
      .addColumn('ingested_utc', text, (c) => c.notNull())
      .addColumn('day', text, (c) => c.notNull())
      .addColumn('content_hash', text, (c) => c.notNull().unique())
      .addColumn('entities', text, (c) => c.notNull())
      .addColumn('dates', text, (c) => c.notNull())
      .addColumn('terms', text, (c) => c.notNull())
      .addColumn('story_id', text, (c) => c.references('stories.id').onDelete('set null'))
      .execute();
    // (day, story_id) serves the day pages, listDays and the stories-of-a-day filter without touching rows.
    await db.schema.createIndex('articles_day').on('articles').columns(['day', 'story_id']).execute();
    await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();

    await db.schema
      .createTable('story_keys')
      .addColumn('story_id', text, (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('key', text, (c) => c.notNull())
      .addColumn('weight', real, (c) => c.notNull())
      .addPrimaryKeyConstraint('story_keys_pk', ['story_id', 'key'])
      .execute();
    // Covering index: candidate retrieval reads story ids and weights for a key without visiting the table.
    await db.schema.createIndex('story_keys_key').on('story_keys').columns(['key', 'story_id', 'weight']).execute();

    await db.schema
      .createTable('story_members')
      .addColumn('article_id', text, (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
      .addColumn('story_id', text, (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('reason', text, (c) => c.notNull())
      .addColumn('assigned_at', text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('story_members_story').on('story_members').column('story_id').execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', ...rowNumber(dialect))
      .addColumn('kind', text, (c) => c.notNull())
      .addColumn('key', text, (c) => c.notNull())
      .addColumn('state', text, (c) => c.notNull().check(sql`state in ('queued', 'running', 'done', 'failed')`))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', text)
      .addColumn('run_after', text, (c) => c.notNull())
      .addColumn('claimed_at', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .execute();
    // Written as SQL: index predicates cannot take bound parameters.
    await sql`create unique index jobs_active on jobs (kind, key) where state in ('queued', 'running')`.execute(db);
    await db.schema.createIndex('jobs_due').on('jobs').columns(['kind', 'state', 'run_after']).execute();

    await db.schema
      .createTable('failures')
      .addColumn('id', ...rowNumber(dialect))
      .addColumn('ref', text, (c) => c.notNull())
      .addColumn('stage', text, (c) => c.notNull())
      .addColumn('message', text, (c) => c.notNull())
      .addColumn('at', text, (c) => c.notNull())
      .execute();
  },
};
