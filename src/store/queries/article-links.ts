// Article links and fingerprints in portable SQL: the URLs an article was reached by, and near-duplicate lookup.
import type { Kysely, Transaction } from 'kysely';
import type { ArticleFingerprint, ArticleLink } from '../../domain/index.js';
import { splitFingerprint } from '../../dedupe/index.js';
import { chunk } from './page.js';
import type { Database } from './tables.js';
import { toUtcIso } from './time.js';

/** Adds the link unless the article already has this exact URL; true when it was added. */
export async function addArticleLink(db: Kysely<Database>, link: ArticleLink): Promise<boolean> {
  toUtcIso(link.seenAt, 'seenAt', link.url);
  const inserted = await db
    .insertInto('article_links')
    .values({ article_id: link.articleId, url: link.url, url_key: link.urlKey, source_name: link.sourceName, seen_at: link.seenAt })
    .onConflict((oc) => oc.doNothing())
    .returning('url')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** First seen first. */
export async function listArticleLinks(db: Kysely<Database>, articleId: string): Promise<ArticleLink[]> {
  const rows = await db.selectFrom('article_links').selectAll().where('article_id', '=', articleId).orderBy('seen_at').orderBy('url').execute();
  return rows.map((row) => ({ articleId: row.article_id, url: row.url, urlKey: row.url_key, sourceName: row.source_name, seenAt: row.seen_at }));
}

/** The article some link with this canonical URL leads to (the earliest seen), or null. */
export async function findArticleByUrlKey(db: Kysely<Database>, urlKey: string): Promise<string | null> {
  const row = await db
    .selectFrom('article_links')
    .select('article_id')
    .where('url_key', '=', urlKey)
    .orderBy('seen_at')
    .orderBy('article_id')
    .limit(1)
    .executeTakeFirst();
  return row?.article_id ?? null;
}

/** Creates or replaces an article's fingerprint and its bands. */
export async function saveFingerprint(trx: Transaction<Database>, record: ArticleFingerprint): Promise<void> {
  const row = {
    article_id: record.articleId,
    fingerprint: record.fingerprint,
    host: record.host,
    source_name: record.sourceName,
    near_copy_of: record.nearCopyOf,
  };
  await trx
    .insertInto('article_fingerprints')
    .values(row)
    .onConflict((oc) => oc.column('article_id').doUpdateSet({ fingerprint: row.fingerprint, host: row.host, source_name: row.source_name, near_copy_of: row.near_copy_of }))
    .execute();
  await trx.deleteFrom('article_fingerprint_bands').where('article_id', '=', record.articleId).execute();
  await trx
    .insertInto('article_fingerprint_bands')
    .values(splitFingerprint(record.fingerprint).map((band) => ({ band, article_id: record.articleId })))
    .execute();
}

type FingerprintRow = { article_id: string; fingerprint: string; host: string | null; source_name: string | null; near_copy_of: string | null };

function toFingerprint(row: FingerprintRow): ArticleFingerprint {
  return { articleId: row.article_id, fingerprint: row.fingerprint, host: row.host, sourceName: row.source_name, nearCopyOf: row.near_copy_of };
}

/** Stored fingerprints sharing at least one band with this one (candidates: the caller measures the distance). */
export async function findNearFingerprints(db: Kysely<Database>, fingerprint: string, limit: number): Promise<ArticleFingerprint[]> {
  const rows = await db
    .selectFrom('article_fingerprints as f')
    .selectAll('f')
    .where('f.article_id', 'in', (eb) => eb.selectFrom('article_fingerprint_bands').select('article_id').where('band', 'in', splitFingerprint(fingerprint)))
    .orderBy('f.article_id')
    .limit(limit)
    .execute();
  return rows.map(toFingerprint);
}

/** Fingerprints of these articles, ordered by article id; articles without one are left out. */
export async function listFingerprints(db: Kysely<Database>, articleIds: string[]): Promise<ArticleFingerprint[]> {
  const found: ArticleFingerprint[] = [];
  for (const part of chunk([...new Set(articleIds)])) {
    const rows = await db.selectFrom('article_fingerprints').selectAll().where('article_id', 'in', part).execute();
    found.push(...rows.map(toFingerprint));
  }
  return found.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
}
