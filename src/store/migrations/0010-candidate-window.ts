// Migration 10: candidate retrieval inside the time window without reading the archive, and kept counts for the IDF.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { textType } from './column-types.js';
import type { Migration, SqlDialect } from './migration.js';

/**
 * What story_keys.span_first and span_last hold when the story has no publication time: the
 * earliest and latest instants, so that an unknown bound never excludes (as before) and the
 * window test stays one range of the (key, span_last) index. Same text form as the *_utc columns.
 */
export const SPAN_UNKNOWN_FIRST = '0000-01-01T00:00:00.000Z';
export const SPAN_UNKNOWN_LAST = '9999-12-31T23:59:59.999Z';

async function hasColumn(db: Kysely<unknown>, dialect: SqlDialect, table: string, column: string): Promise<boolean> {
  const found =
    dialect === 'postgres'
      ? await sql<{ n: number }>`select count(*)::int as n from information_schema.columns
          where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`.execute(db)
      : await sql<{ n: number }>`select count(*) as n from pragma_table_info(${table}) where name = ${column}`.execute(db);
  return Number(found.rows[0]?.n ?? 0) > 0;
}

/**
 * Counts kept by triggers, so that every writer (saveStory, deleteStories, archive batches and
 * imports, a cascade) keeps them right: how many stories carry each key, and how many stories
 * there are. They replace count(*) over story_keys and stories, which grow with the archive.
 */
async function createCountTriggers(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create or replace function key_counts_track() returns trigger language plpgsql as $$
      begin
        if tg_op in ('DELETE', 'UPDATE') then
          update key_counts set stories = stories - 1 where key = old.key;
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          insert into key_counts (key, stories) values (new.key, 1)
            on conflict (key) do update set stories = key_counts.stories + 1;
        end if;
        return null;
      end $$`.execute(db);
    await sql`create or replace function story_count_track() returns trigger language plpgsql as $$
      begin
        update store_counts set value = value + (case when tg_op = 'INSERT' then 1 else -1 end) where name = 'stories';
        return null;
      end $$`.execute(db);
    await sql`drop trigger if exists story_keys_count on story_keys`.execute(db);
    await sql`create trigger story_keys_count after insert or delete or update of key on story_keys
      for each row execute function key_counts_track()`.execute(db);
    await sql`drop trigger if exists stories_count on stories`.execute(db);
    await sql`create trigger stories_count after insert or delete on stories
      for each row execute function story_count_track()`.execute(db);
    return;
  }
  await sql`create trigger if not exists story_keys_count_insert after insert on story_keys begin
    insert into key_counts (key, stories) values (new.key, 1) on conflict (key) do update set stories = stories + 1;
  end`.execute(db);
  await sql`create trigger if not exists story_keys_count_delete after delete on story_keys begin
    update key_counts set stories = stories - 1 where key = old.key;
  end`.execute(db);
  await sql`create trigger if not exists story_keys_count_update after update of key on story_keys begin
    update key_counts set stories = stories - 1 where key = old.key;
    insert into key_counts (key, stories) values (new.key, 1) on conflict (key) do update set stories = stories + 1;
  end`.execute(db);
  await sql`create trigger if not exists stories_count_insert after insert on stories begin
    update store_counts set value = value + 1 where name = 'stories';
  end`.execute(db);
  await sql`create trigger if not exists stories_count_delete after delete on stories begin
    update store_counts set value = value - 1 where name = 'stories';
  end`.execute(db);
}

export const candidateWindow: Migration = {
  id: '0010-candidate-window',
  async up(db, dialect) {
    const text = textType(dialect);
    // Each key row carries its story's publication span (saveStory and archive batches write it),
    // so a key's stories inside the window are one index range, read newest first with a LIMIT.
    if (!(await hasColumn(db, dialect, 'story_keys', 'span_last'))) {
      await db.schema
        .alterTable('story_keys')
        .addColumn('span_first', text, (c) => c.notNull().defaultTo(SPAN_UNKNOWN_FIRST))
        .execute();
      await db.schema
        .alterTable('story_keys')
        .addColumn('span_last', text, (c) => c.notNull().defaultTo(SPAN_UNKNOWN_LAST))
        .execute();
      await sql`update story_keys set
        span_first = coalesce((select s.first_published_utc from stories s where s.id = story_keys.story_id), ${SPAN_UNKNOWN_FIRST}),
        span_last = coalesce((select s.last_published_utc from stories s where s.id = story_keys.story_id), ${SPAN_UNKNOWN_LAST})`.execute(db);
    }
    await db.schema
      .createIndex('story_keys_window')
      .ifNotExists()
      .on('story_keys')
      .columns(['key', 'span_last', 'span_first', 'story_id', 'weight'])
      .execute();
    // Served key lookups and the per-key count(*), both now done by story_keys_window and key_counts.
    await db.schema.dropIndex('story_keys_key').ifExists().execute();

    await db.schema
      .createTable('key_counts')
      .ifNotExists()
      .addColumn('key', text, (c) => c.primaryKey())
      .addColumn('stories', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('store_counts')
      .ifNotExists()
      .addColumn('name', text, (c) => c.primaryKey())
      .addColumn('value', 'integer', (c) => c.notNull())
      .execute();
    // Recounted from the rows (not added to), so running this twice leaves the same counts.
    await sql`delete from key_counts`.execute(db);
    await sql`insert into key_counts (key, stories) select key, count(*) from story_keys group by key`.execute(db);
    await sql`delete from store_counts where name = 'stories'`.execute(db);
    await sql`insert into store_counts (name, value) select 'stories', count(*) from stories`.execute(db);
    await createCountTriggers(db, dialect);
  },
};
