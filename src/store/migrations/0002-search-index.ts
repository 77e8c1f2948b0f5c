// Migration 2: the full-text index over article titles and texts (FTS5 on SQLite, tsvector on PostgreSQL).
import { sql } from 'kysely';
import { createPostgresSearchIndex } from './0002-search-index-postgres.js';
import type { Migration } from './migration.js';

/**
 * External-content FTS5: the index stores tokens only and reads title and text back from articles
 * for snippets. `remove_diacritics 2` folds accents on both sides ("Genève" = "geneve"), and
 * unicode61 case-folds every script, Cyrillic and Greek included. Triggers keep the index in step
 * with the table; the update trigger fires only on title or text, not on story assignment.
 */
export const searchIndex: Migration = {
  id: '0002-search-index',
  async up(db, dialect) {
    if (dialect === 'postgres') {
      await createPostgresSearchIndex(db);
      return;
    }
    await sql`create virtual table articles_fts using fts5(
      title, text,
      content = 'articles', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`create trigger articles_fts_insert after insert on articles begin
      insert into articles_fts (rowid, title, text) values (new.seq, new.title, new.text);
    end`.execute(db);
    await sql`create trigger articles_fts_delete after delete on articles begin
      insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
    end`.execute(db);
    await sql`create trigger articles_fts_update after update of title, text on articles begin
      insert into articles_fts (articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
      insert into articles_fts (rowid, title, text) values (new.seq, new.title, new.text);
    end`.execute(db);
    await sql`insert into articles_fts (articles_fts) values ('rebuild')`.execute(db);
  },
};
