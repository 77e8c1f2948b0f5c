// Reader-site queries in portable SQL: content version, trend inputs, entity stories, sections and sources.
import type { Kysely } from 'kysely';
import type { Story } from '../../domain/index.js';
import type { Page, ShelfSummary, StoryActivity } from '../store.js';
import { checkPage } from './page.js';
import { toStory } from './stories.js';
import type { Database } from './tables.js';

/**
 * The newest value of everything a page shows: article rows, story saves, assignments and
 * translations. Each part is one indexed max(), so checking it costs far less than a page render.
 */
export async function contentVersion(db: Kysely<Database>): Promise<string> {
  const row = await contentVersionQuery(db).executeTakeFirstOrThrow();
  return [row.articles, row.stories, row.members, row.translations, row.links, row.copies, row.storylines, row.storylineCount].map((part) => String(part ?? '-')).join('/');
}

/** The version's one query (exported for the query-plan tests: every part must be read from an index). */
export function contentVersionQuery(db: Kysely<Database>) {
  return db
    .selectNoFrom((eb) => [
      eb.selectFrom('articles').select((inner) => inner.fn.max('seq').as('v')).as('articles'),
      eb.selectFrom('stories').select((inner) => inner.fn.max('updated_utc').as('v')).as('stories'),
      eb.selectFrom('story_members').select((inner) => inner.fn.max('assigned_at').as('v')).as('members'),
      eb.selectFrom('article_translations').select((inner) => inner.fn.max('translated_at').as('v')).as('translations'),
      // Duplicates change pages without a new article: another link, or a near-copy mark.
      eb.selectFrom('article_links').select((inner) => inner.fn.max('seen_at').as('v')).as('links'),
      // Counted from the partial index of marked rows (migration 0013): the same number as count(near_copy_of).
      eb
        .selectFrom('article_fingerprints')
        .select((inner) => inner.fn.countAll().as('v'))
        .where('near_copy_of', 'is not', null)
        .as('copies'),
      // Storylines are linked after clustering; a deleted one changes only the count.
      eb.selectFrom('storylines').select((inner) => inner.fn.max('updated_utc').as('v')).as('storylines'),
      eb.selectFrom('storylines').select((inner) => inner.fn.countAll().as('v')).as('storylineCount'),
    ]);
}

export async function latestPublication(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.max('published_utc').as('latest')).executeTakeFirst();
  return row?.latest ?? null;
}

/** Read from the covering index articles_trend (migration 0009); `recentFrom` adds a count without a second pass. */
export async function listStoryActivity(db: Kysely<Database>, from: string, to: string, recentFrom?: string): Promise<StoryActivity[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [
      'story_id',
      eb.fn.countAll().as('articles'),
      eb.fn.count('source_name').distinct().as('outlets'),
      eb.fn.count('language').distinct().as('languages'),
      eb.fn.max('published_utc').as('last'),
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when('published_utc', '>=', recentFrom ?? to)
            .then(1)
            .else(0)
            .end(),
        )
        .as('recent'),
    ])
    .where('published_utc', '>=', from)
    .where('published_utc', '<', to)
    .where('story_id', 'is not', null)
    .groupBy('story_id')
    .execute();
  return rows.map((row) => ({
    storyId: String(row.story_id),
    articles: Number(row.articles),
    outlets: Number(row.outlets),
    languages: Number(row.languages),
    lastPublishedUtc: String(row.last),
    ...(recentFrom === undefined ? {} : { recent: Number(row.recent ?? 0) }),
  }));
}

export async function listEntityStories(db: Kysely<Database>, entityId: string, page: Page): Promise<Story[]> {
  const { limit, offset } = checkPage(page, 20);
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('article_entities as ae')
        .innerJoin('articles as a', 'a.id', 'ae.article_id')
        .select('a.story_id')
        .where('ae.entity_id', '=', entityId)
        .where('a.story_id', 'is not', null)
        .$narrowType<{ story_id: string }>(),
    )
    .orderBy('last_published_utc', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(limit ?? Number.MAX_SAFE_INTEGER)
    .offset(offset)
    .execute();
  return rows.map(toStory);
}

/** Named sections, most articles first. */
export async function listSections(db: Kysely<Database>): Promise<ShelfSummary[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['section', eb.fn.countAll().as('articles'), eb.fn.max('published_utc').as('last')])
    .where('section', 'is not', null)
    .groupBy('section')
    .orderBy('articles', 'desc')
    .orderBy('section')
    .execute();
  return rows.map((row) => ({ name: String(row.section), articles: Number(row.articles), lastPublishedUtc: row.last ?? null }));
}

/** Named sources, most articles first. */
export async function listSourceShelves(db: Kysely<Database>): Promise<ShelfSummary[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['source_name', eb.fn.countAll().as('articles'), eb.fn.max('published_utc').as('last')])
    .where('source_name', 'is not', null)
    .groupBy('source_name')
    .orderBy('articles', 'desc')
    .orderBy('source_name')
    .execute();
  return rows.map((row) => ({ name: String(row.source_name), articles: Number(row.articles), lastPublishedUtc: row.last ?? null }));
}
