// Full-text search on PostgreSQL: user input turned into a safe tsquery over every language, ranked, with snippets.
import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { Page, SearchHit } from '../store.js';
import { checkPage } from '../queries/page.js';
import type { Database } from '../queries/tables.js';
import { SEARCH_TEXT_CHARS, SIMPLE_SEARCH_CONFIG } from '../migrations/search-languages.js';

const DEFAULT_LIMIT = 20;
/** Longer queries are cut: each word costs one alternative per language. */
const MAX_WORDS = 16;
/** ts_rank weights for D, C, B (text), A (title): a title match counts four times a text match. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.25, 1.0}';
const HEADLINE_OPTIONS = 'StartSel="", StopSel="", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';

export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/**
 * Words are runs of letters, marks and digits; everything else (quotes, operators, `-`, `:`, `*`)
 * only separates them, so no input can change the query's structure. Every word is required; the
 * last one is a prefix unless the input ends with a space (the user finished typing it).
 */
export function toSearchTerms(input: string): SearchTerm[] {
  const words = (input.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  const prefixLast = !/\s$/u.test(input);
  return words.map((word, i) => ({ word, prefix: prefixLast && i === words.length - 1 }));
}

/**
 * Each word is parsed with every configuration, ORed (an empty one, a stop word, drops out), and
 * the words are ANDed: a query in any language meets the stemmed vector of an article in its own
 * language, and always the `simple` vector of exact words. The word holds only letters and digits,
 * so `word:*` is safe tsquery input; it is bound as a parameter all the same.
 */
function buildTsquery(terms: SearchTerm[], configs: readonly string[]): RawBuilder<unknown> {
  const perWord = terms.map(({ word, prefix }) => {
    const input = prefix ? `${word}:*` : word;
    const alternatives = configs.map((config) => sql`to_tsquery(${config}::regconfig, ${input})`);
    return sql`(${sql.join(alternatives, sql` || `)})`;
  });
  return sql.join(perWord, sql` && `);
}

interface HitRow {
  id: string;
  story_id: string | null;
  title: string;
  language: string;
  source_name: string | null;
  published_at: string | null;
  snippet: string | null;
  score: number;
}

/** The configurations the migration created, read once per store. */
export async function loadSearchConfigs(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ config: string }>`select distinct config from search_languages order by config`.execute(db);
  return [SIMPLE_SEARCH_CONFIG, ...rows.rows.map((row) => row.config)];
}

/**
 * Hits are ranked and paged on the index table first; snippets (ts_headline re-parses the text)
 * are made only for the page returned. `rank` is ts_rank: higher is better.
 */
export async function searchArticles(db: Kysely<Database>, configs: readonly string[], query: string, page: Page): Promise<SearchHit[]> {
  const { limit, offset } = checkPage(page, DEFAULT_LIMIT);
  const terms = toSearchTerms(query);
  if (terms.length === 0 || limit === 0) return [];
  const tsquery = buildTsquery(terms, configs);
  const result = await sql<HitRow>`
    with q as (select ${tsquery} as query),
    hits as (
      select s.seq, s.config, ts_rank(${RANK_WEIGHTS}::float4[], s.document, q.query) as score
      from article_search s cross join q
      where s.document @@ q.query
      order by score desc, s.seq
      limit ${limit} offset ${offset}
    )
    select a.id, a.story_id, a.title, a.language, a.source_name, a.published_at,
      ts_headline(h.config, left(a.text, ${SEARCH_TEXT_CHARS}), q.query, ${HEADLINE_OPTIONS}) as snippet,
      h.score
    from hits h
    join articles a on a.seq = h.seq
    cross join q
    order by h.score desc, h.seq`.execute(db);
  return result.rows.map((row) => ({
    articleId: row.id,
    storyId: row.story_id,
    title: row.title,
    snippet: (row.snippet ?? '').replace(/\s+/g, ' ').trim(),
    language: row.language,
    sourceName: row.source_name,
    publishedAt: row.published_at,
    rank: Number(row.score),
  }));
}
