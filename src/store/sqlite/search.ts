// Full-text search on SQLite: user input turned into a safe FTS5 query, ranked by bm25, with snippets.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Page, SearchHit } from '../store.js';
import { checkPage } from '../queries/page.js';
import type { Database } from '../queries/tables.js';

const DEFAULT_LIMIT = 20;
/** Title matches count this many times a text match in bm25. */
const TITLE_WEIGHT = 4;
const SNIPPET_TOKENS = 24;

/**
 * Every whitespace-separated piece becomes a quoted FTS5 string (quotes doubled), so operators,
 * column filters, `-`, `*`, parentheses and stray quotes are plain text; FTS5 tokenises each string
 * with the index's tokenizer, so "Biden-Putin" is the phrase "biden putin". Pieces are joined with
 * AND; the last one is a prefix unless the input ends with a space. Null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const pieces = input.split(/\s+/u).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  if (pieces.length === 0) return null;
  const prefixLast = !/\s$/u.test(input);
  return pieces
    .map((piece, i) => {
      const quoted = `"${piece.replaceAll('"', '""')}"`;
      return prefixLast && i === pieces.length - 1 ? `${quoted}*` : quoted;
    })
    .join(' AND ');
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

/** Best match first; `rank` is the negated bm25 score, so higher is better. */
export async function searchArticles(db: Kysely<Database>, query: string, page: Page): Promise<SearchHit[]> {
  const { limit, offset } = checkPage(page, DEFAULT_LIMIT);
  const match = toFtsQuery(query);
  if (match === null || limit === 0) return [];
  const result = await sql<HitRow>`
    select a.id, a.story_id, a.title, a.language, a.source_name, a.published_at,
      snippet(articles_fts, 1, '', '', '…', ${SNIPPET_TOKENS}) as snippet,
      bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) as score
    from articles_fts
    join articles a on a.seq = articles_fts.rowid
    where articles_fts match ${match}
    order by score, a.seq
    limit ${limit ?? -1} offset ${offset}`.execute(db);
  return result.rows.map((row) => ({
    articleId: row.id,
    storyId: row.story_id,
    title: row.title,
    snippet: row.snippet ?? '',
    language: row.language,
    sourceName: row.source_name,
    publishedAt: row.published_at,
    rank: -row.score,
  }));
}
