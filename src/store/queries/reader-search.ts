// Search across languages in portable SQL: merges full-text hits on the originals with matches in stored translations and entity aliases, then filters.
import type { Kysely } from 'kysely';
import type { ReaderSearchHit, ReaderSearchQuery, SearchHit, SearchMatch } from '../store.js';
import { escapeLike, findArticlesByAlias } from './article-entities.js';
import { checkPage, chunk } from './page.js';
import type { Database } from './tables.js';
import { checkDay } from './time.js';

/** How many candidates each way of matching contributes before filtering and paging. */
export const CANDIDATES_PER_MATCH = 300;
/** Weights of the ways an article can match; original text first, as it is the most exact. */
const MATCH_WEIGHT: Record<SearchMatch, number> = { text: 3, translation: 2, entity: 1.5 };
const SNIPPET_CHARS = 180;

interface Candidate {
  score: number;
  matchedBy: SearchMatch[];
  snippet: string;
}

/** Lower-cased words of the query; LIKE wildcards dropped. */
export function searchWords(text: string): string[] {
  return escapeLike(text.toLowerCase())
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Articles whose stored translation (any target) contains every word, in the title or the text. */
async function findTranslationMatches(db: Kysely<Database>, words: string[]): Promise<{ id: string; title: string; text: string | null }[]> {
  if (words.length === 0) return [];
  let select = db.selectFrom('article_translations').select(['article_id', 'title', 'text']);
  for (const word of words) {
    const pattern = `%${word}%`;
    select = select.where((eb) =>
      eb.or([eb(eb.fn('lower', ['title']), 'like', pattern), eb(eb.fn('lower', [eb.fn.coalesce('text', eb.val(''))]), 'like', pattern)]),
    );
  }
  const rows = await select.limit(CANDIDATES_PER_MATCH).execute();
  return rows.map((row) => ({ id: row.article_id, title: row.title, text: row.text }));
}

function excerpt(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word);
  const start = Math.max(0, at - SNIPPET_CHARS / 3);
  const piece = text.slice(start, start + SNIPPET_CHARS).trim();
  return `${start > 0 ? '…' : ''}${piece}${start + SNIPPET_CHARS < text.length ? '…' : ''}`;
}

export async function searchAcrossLanguages(
  db: Kysely<Database>,
  query: ReaderSearchQuery,
  textHits: SearchHit[],
): Promise<ReaderSearchHit[]> {
  const { limit, offset } = checkPage(query, 20);
  const words = searchWords(query.text);
  const candidates = new Map<string, Candidate>();
  const add = (id: string, match: SearchMatch, weight: number, snippet: string) => {
    const found = candidates.get(id) ?? { score: 0, matchedBy: [], snippet: '' };
    if (!found.matchedBy.includes(match)) {
      found.matchedBy.push(match);
      found.score += MATCH_WEIGHT[match] * weight;
    }
    if (!found.snippet) found.snippet = snippet;
    candidates.set(id, found);
  };
  // Rank order of the full-text hits becomes a gentle decay, so the best original match still leads.
  textHits.forEach((hit, i) => add(hit.articleId, 'text', 1 / (1 + i / 20), hit.snippet));
  for (const row of await findTranslationMatches(db, words)) {
    const inTitle = words.every((word) => row.title.toLowerCase().includes(word));
    add(row.id, 'translation', inTitle ? 1.2 : 1, inTitle ? row.title : excerpt(row.text ?? row.title, words[0] ?? ''));
  }
  const phrase = words.join(' ');
  if (phrase.length >= 2) for (const id of await findArticlesByAlias(db, phrase, CANDIDATES_PER_MATCH)) add(id, 'entity', 1, '');
  if (candidates.size === 0 || limit === 0) return [];

  const hits: ReaderSearchHit[] = [];
  for (const part of chunk([...candidates.keys()])) {
    let select = db
      .selectFrom('articles')
      .select(['id', 'story_id', 'title', 'text', 'language', 'source_name', 'published_at', 'published_utc'])
      .where('id', 'in', part);
    if (query.language) select = select.where('language', '=', query.language);
    if (query.sourceName) select = select.where('source_name', '=', query.sourceName);
    if (query.fromDay) select = select.where('day', '>=', checkDay(query.fromDay));
    if (query.toDay) select = select.where('day', '<=', checkDay(query.toDay));
    for (const row of await select.execute()) {
      const found = candidates.get(row.id);
      if (!found) continue;
      hits.push({
        articleId: row.id,
        storyId: row.story_id,
        title: row.title,
        snippet: found.snippet || excerpt(row.text, ''),
        language: row.language,
        sourceName: row.source_name,
        publishedAt: row.published_at,
        rank: found.score,
        matchedBy: found.matchedBy,
      });
    }
  }
  // Best score first; among equals the newest, then by id so pages are stable.
  hits.sort((a, b) => b.rank - a.rank || (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.articleId.localeCompare(b.articleId));
  return hits.slice(offset, limit === null ? undefined : offset + limit);
}
