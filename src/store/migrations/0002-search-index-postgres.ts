// Migration 2 on PostgreSQL: per-language text search configurations and a trigger-maintained tsvector table.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { SEARCH_LANGUAGES, SEARCH_TEXT_CHARS, SIMPLE_SEARCH_CONFIG, searchConfigName } from './search-languages.js';

/**
 * Installs `unaccent` when the server has it and lets us (it is a trusted extension since
 * PostgreSQL 13); a savepoint keeps a refusal from aborting the migration. Without it search
 * still works, only accents are not folded.
 */
async function installUnaccent(db: Kysely<unknown>): Promise<boolean> {
  const installed = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'unaccent'`.execute(db);
  if ((installed.rows[0]?.n ?? 0) > 0) return true;
  const available = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'unaccent'`.execute(db);
  if ((available.rows[0]?.n ?? 0) === 0) return false;
  await sql`savepoint install_unaccent`.execute(db);
  try {
    await sql`create extension if not exists unaccent`.execute(db);
    await sql`release savepoint install_unaccent`.execute(db);
    return true;
  } catch {
    await sql`rollback to savepoint install_unaccent`.execute(db);
    return false;
  }
}

/** Copies a built-in configuration and puts `unaccent` in front of the dictionary of its word tokens. */
async function createConfig(db: Kysely<unknown>, builtIn: string, dictionary: string, unaccent: boolean): Promise<void> {
  const name = sql.id(searchConfigName(builtIn));
  await sql`create text search configuration ${name} (copy = ${sql.id('pg_catalog', builtIn)})`.execute(db);
  if (unaccent) {
    await sql`alter text search configuration ${name}
      alter mapping for hword, hword_part, word with unaccent, ${sql.id(dictionary)}`.execute(db);
  }
}

/**
 * The index lives beside articles, like SQLite's external-content FTS table, so `select *` on
 * articles never drags a tsvector along and both databases keep the same articles table. Each
 * article gets two vectors in one: stemmed with its language's configuration (inflections match)
 * and `simple` (exact words, stop words and prefixes of unstemmed words match). Titles weigh A,
 * texts B. The trigger runs on insert and on changes of title, text or language only.
 */
export async function createPostgresSearchIndex(db: Kysely<unknown>): Promise<void> {
  const unaccent = await installUnaccent(db);
  const dictionaries = await sql<{ dictname: string }>`select dictname from pg_ts_dict`.execute(db);
  const haveDictionary = new Set(dictionaries.rows.map((row) => row.dictname));
  const configs = await sql<{ cfgname: string }>`select cfgname from pg_ts_config where cfgnamespace = 'pg_catalog'::regnamespace`.execute(db);
  const haveConfig = new Set(configs.rows.map((row) => row.cfgname));

  await createConfig(db, 'simple', 'simple', unaccent);
  await sql`create table search_languages (language text collate "C" primary key, config text not null)`.execute(db);
  const created = new Set<string>();
  for (const [language, builtIn] of Object.entries(SEARCH_LANGUAGES)) {
    const stemmer = `${builtIn}_stem`;
    if (!haveConfig.has(builtIn) || !haveDictionary.has(stemmer)) continue;
    if (!created.has(builtIn)) await createConfig(db, builtIn, stemmer, unaccent);
    created.add(builtIn);
    await sql`insert into search_languages (language, config) values (${language}, ${searchConfigName(builtIn)})`.execute(db);
  }

  await sql`create table article_search (
    seq bigint primary key references articles (seq) on delete cascade,
    config regconfig not null,
    document tsvector not null
  )`.execute(db);
  await sql`create index article_search_document on article_search using gin (document)`.execute(db);

  const simple = sql.lit(SIMPLE_SEARCH_CONFIG);
  const chars = sql.lit(SEARCH_TEXT_CHARS);
  await sql`create function article_search_refresh() returns trigger language plpgsql as $$
    declare
      cfg regconfig;
      body text := left(new.text, ${chars});
    begin
      select config::regconfig into cfg from search_languages where language = split_part(lower(new.language), '-', 1);
      if cfg is null then cfg := ${simple}::regconfig; end if;
      insert into article_search (seq, config, document)
      values (new.seq, cfg,
        setweight(to_tsvector(cfg, new.title), 'A') || setweight(to_tsvector(${simple}::regconfig, new.title), 'A') ||
        setweight(to_tsvector(cfg, body), 'B') || setweight(to_tsvector(${simple}::regconfig, body), 'B'))
      on conflict (seq) do update set config = excluded.config, document = excluded.document;
      return null;
    end $$`.execute(db);
  await sql`create trigger article_search_insert after insert on articles
    for each row execute function article_search_refresh()`.execute(db);
  await sql`create trigger article_search_update after update of title, text, language on articles
    for each row execute function article_search_refresh()`.execute(db);
  // Indexes rows already there (none when the migrations run in order on a new database).
  await sql`update articles set title = title`.execute(db);
}
