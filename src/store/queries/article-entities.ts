// Entity mentions per article (table article_entities): written with each article, read by entity pages, trends and alias search.
import type { Kysely, Transaction } from 'kysely';
import type { EntityMention } from '../../domain/index.js';
import type { EntityCount, EntityTrend } from '../store.js';
import { chunk } from './page.js';
import type { ArticleEntitiesTable, Database } from './tables.js';

/** The rows of one article; an entity listed twice keeps its first mention. */
export function entityRows(articleId: string, entities: EntityMention[], day: string, publishedUtc: string | null): ArticleEntitiesTable[] {
  const seen = new Set<string>();
  const rows: ArticleEntitiesTable[] = [];
  for (const entity of entities) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    const aliases = [...new Set([entity.name, ...entity.surfaces].map((form) => form.toLowerCase()))].join('|');
    rows.push({ article_id: articleId, entity_id: entity.id, kind: entity.kind, name: entity.name, aliases, day, published_utc: publishedUtc });
  }
  return rows;
}

export async function insertEntityRows(trx: Transaction<Database>, rows: ArticleEntitiesTable[]): Promise<void> {
  for (const part of chunk(rows, 100)) {
    await trx.insertInto('article_entities').values(part).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Mentions per entity among articles published in [from, to), most mentioned first. */
export async function countEntityMentions(db: Kysely<Database>, from: string, to: string, limit: number): Promise<EntityCount[]> {
  const rows = await db
    .selectFrom('article_entities')
    .select((eb) => ['entity_id', eb.fn.max('name').as('name'), eb.fn.max('kind').as('kind'), eb.fn.countAll().as('articles')])
    .where('published_utc', '>=', from)
    .where('published_utc', '<', to)
    .groupBy('entity_id')
    .orderBy('articles', 'desc')
    .orderBy('entity_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.entity_id,
    name: String(row.name),
    kind: String(row.kind) as EntityCount['kind'],
    articles: Number(row.articles),
  }));
}

/** Both periods in one range scan of article_entities_trend (migration 0009), counted apart by a CASE. */
export async function compareEntityMentions(db: Kysely<Database>, from: string, split: string, to: string, limit: number): Promise<EntityTrend[]> {
  const rows = await db
    .selectFrom('article_entities')
    .select((eb) => {
      const inLater = eb.case().when('published_utc', '>=', split).then(1).else(0).end();
      const inEarlier = eb.case().when('published_utc', '<', split).then(1).else(0).end();
      return [
        'entity_id',
        eb.fn.max('name').as('name'),
        eb.fn.max('kind').as('kind'),
        eb.fn.sum<number | string>(inLater).as('now'),
        eb.fn.sum<number | string>(inEarlier).as('before'),
      ];
    })
    .where('published_utc', '>=', from)
    .where('published_utc', '<', to)
    .groupBy('entity_id')
    .having((eb) => eb.fn.sum(eb.case().when('published_utc', '>=', split).then(1).else(0).end()), '>', 0)
    .orderBy('now', 'desc')
    .orderBy('entity_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.entity_id,
    name: String(row.name),
    kind: String(row.kind) as EntityTrend['kind'],
    now: Number(row.now),
    before: Number(row.before),
  }));
}

/** The entity as mentioned anywhere (most common name form), or null when no article mentions it. */
export async function getEntity(db: Kysely<Database>, entityId: string): Promise<EntityCount | null> {
  const row = await db
    .selectFrom('article_entities')
    .select((eb) => [eb.fn.max('name').as('name'), eb.fn.max('kind').as('kind'), eb.fn.countAll().as('articles')])
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  if (!row || Number(row.articles) === 0) return null;
  return { id: entityId, name: String(row.name), kind: String(row.kind) as EntityCount['kind'], articles: Number(row.articles) };
}

/** Ids of articles that mention an entity whose name or a surface form contains `needle` (lower-case). */
export async function findArticlesByAlias(db: Kysely<Database>, needle: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('article_entities')
    .select('article_id')
    .where('aliases', 'like', `%${escapeLike(needle)}%`)
    .orderBy('published_utc', (ob) => ob.desc().nullsLast())
    .limit(limit)
    .execute();
  return [...new Set(rows.map((row) => row.article_id))];
}

/** LIKE wildcards in user input are matched literally by dropping them: search is for words, not patterns. */
export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/gu, ' ').trim();
}
