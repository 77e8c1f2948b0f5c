// Article queries in portable SQL: insert (idempotent by id and content hash), read, list, days.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { InternalError } from '../../domain/index.js';
import type { Article, NewArticle } from '../../domain/index.js';
import type { ArticleQuery, DaySummary, InsertResult } from '../store.js';
import { entityRows, insertEntityRows } from './article-entities.js';
import { checkPage, chunk } from './page.js';
import type { ArticlesTable, Database } from './tables.js';
import { checkDay, toUtcIso, toUtcIsoOrNull } from './time.js';

type ArticleRow = Selectable<ArticlesTable>;

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    ref: row.ref,
    url: row.url,
    sourceName: row.source_name,
    credits: JSON.parse(row.credits) as Article['credits'],
    author: row.author,
    section: row.section,
    imageUrl: row.image_url,
    title: row.title,
    // Absent rather than null when there is none, as articles built without one are.
    ...(row.lead ? { lead: row.lead } : {}),
    text: row.text,
    language: row.language,
    languageConfidence: row.language_confidence,
    publishedAt: row.published_at,
    publishedAtOrigin: row.published_at_origin as Article['publishedAtOrigin'],
    ingestedAt: row.ingested_at,
    contentHash: row.content_hash,
    entities: JSON.parse(row.entities) as Article['entities'],
    dates: JSON.parse(row.dates) as Article['dates'],
    terms: JSON.parse(row.terms) as Article['terms'],
    storyId: row.story_id,
  };
}

/** The row an article is stored as (story_id null: assignment sets it). */
export function toArticleRow(article: NewArticle): Omit<ArticleRow, 'seq'> {
  const publishedUtc = toUtcIsoOrNull(article.publishedAt, 'publishedAt', article.ref);
  const ingestedUtc = toUtcIso(article.ingestedAt, 'ingestedAt', article.ref);
  return {
    id: article.id,
    ref: article.ref,
    url: article.url,
    source_name: article.sourceName,
    credits: JSON.stringify(article.credits),
    author: article.author,
    section: article.section,
    image_url: article.imageUrl,
    title: article.title,
    lead: article.lead ?? null,
    text: article.text,
    language: article.language,
    language_confidence: article.languageConfidence,
    published_at: article.publishedAt,
    published_utc: publishedUtc,
    published_at_origin: article.publishedAtOrigin,
    ingested_at: article.ingestedAt,
    ingested_utc: ingestedUtc,
    day: (publishedUtc ?? ingestedUtc).slice(0, 10),
    content_hash: article.contentHash,
    entities: JSON.stringify(article.entities),
    dates: JSON.stringify(article.dates),
    terms: JSON.stringify(article.terms),
    story_id: null,
  };
}

async function findStored(db: Kysely<Database>, id: string, contentHash: string): Promise<ArticleRow | undefined> {
  const byId = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (byId) return byId;
  return db.selectFrom('articles').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
}

/**
 * `ON CONFLICT DO NOTHING` (no target) skips the row on either unique key, id or content_hash, in
 * SQLite and PostgreSQL alike, so two writers racing on the same article cannot both create it.
 */
export async function insertArticle(trx: Transaction<Database>, article: NewArticle): Promise<InsertResult> {
  const row = toArticleRow(article);
  const existing = await findStored(trx, article.id, article.contentHash);
  if (existing) return { article: toArticle(existing), created: false };
  const inserted = await trx
    .insertInto('articles')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) {
    await insertEntityRows(trx, entityRows(inserted.id, article.entities, inserted.day, inserted.published_utc));
    return { article: toArticle(inserted), created: true };
  }
  const raced = await findStored(trx, article.id, article.contentHash);
  if (!raced) throw new InternalError('store', 'article neither inserted nor found after a conflict', article.ref);
  return { article: toArticle(raced), created: false };
}

export async function getArticle(db: Kysely<Database>, id: string): Promise<Article | null> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toArticle(row) : null;
}

/** Several articles in one query per 500 ids, in the order asked; unknown ids are left out. */
export async function getArticles(db: Kysely<Database>, ids: readonly string[]): Promise<Article[]> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Article>();
  for (const part of chunk(unique)) {
    for (const row of await db.selectFrom('articles').selectAll().where('id', 'in', part).execute()) found.set(row.id, toArticle(row));
  }
  return unique.flatMap((id) => found.get(id) ?? []);
}

/** Publication order (undated last), then ingestion order. */
export async function listArticles(db: Kysely<Database>, query: ArticleQuery): Promise<Article[]> {
  const page = checkPage(query, null);
  let select = db.selectFrom('articles').selectAll();
  if (query.storyId !== undefined) select = select.where('story_id', '=', query.storyId);
  if (query.day !== undefined) select = select.where('day', '=', checkDay(query.day));
  if (query.unclustered) select = select.where('story_id', 'is', null);
  if (query.section !== undefined) select = select.where('section', '=', query.section);
  if (query.sourceName !== undefined) select = select.where('source_name', '=', query.sourceName);
  // Newest-first lists hold dated articles only, so the order comes straight from the publication-time index.
  select = query.newestFirst
    ? select.where('published_utc', 'is not', null).orderBy('published_utc', 'desc').orderBy('seq', 'desc')
    : select
        .orderBy('published_utc', (ob) => ob.asc().nullsLast())
        .orderBy('ingested_utc')
        .orderBy('seq');
  if (page.limit !== null || page.offset > 0) select = select.limit(page.limit ?? Number.MAX_SAFE_INTEGER);
  if (page.offset > 0) select = select.offset(page.offset);
  const rows = await select.execute();
  return rows.map(toArticle);
}

/** Newest day first; `stories` counts distinct stories among the day's articles. */
export async function listDays(db: Kysely<Database>): Promise<DaySummary[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['day', eb.fn.countAll().as('articles'), eb.fn.count('story_id').distinct().as('stories')])
    .groupBy('day')
    .orderBy('day', 'desc')
    .execute();
  return rows.map((row) => ({ day: row.day, articles: Number(row.articles), stories: Number(row.stories) }));
}
