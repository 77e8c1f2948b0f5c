// Bulk writes for loading a large archive: new stories with their new articles in multi-row inserts, one transaction per batch.
import type { Insertable, Transaction } from 'kysely';
import { InputError } from '../../domain/index.js';
import type { ArchiveStory } from '../store.js';
import { entityRows } from './article-entities.js';
import { toArticleRow } from './articles.js';
import { chunk } from './page.js';
import { checkKeys, storySpan, toStoryRow } from './stories.js';
import type { ArticleEntitiesTable, Database, StoryKeysTable, StoryMembersTable } from './tables.js';
import { nowUtcIso } from './time.js';

/**
 * Rows per statement, so no statement binds more parameters than SQLite (32,766) or PostgreSQL
 * (65,535) accept: articles have 24 columns, stories 15, the others at most 7.
 */
const ARTICLE_ROWS = 400;
const STORY_ROWS = 600;
const SMALL_ROWS = 1000;

/** Names the first id of the batch that is there twice, or already stored; the batch must be all new. */
async function checkAllNew(trx: Transaction<Database>, batch: readonly ArchiveStory[]): Promise<void> {
  const storyIds = new Set<string>();
  const articleIds = new Set<string>();
  const hashes = new Set<string>();
  for (const { story, members } of batch) {
    if (storyIds.has(story.id)) throw new InputError('store', `archive batch: story ${story.id} is in the batch twice`, story.id);
    storyIds.add(story.id);
    if (members.length === 0) throw new InputError('store', `archive batch: story ${story.id} has no articles`, story.id);
    for (const { article } of members) {
      if (articleIds.has(article.id)) throw new InputError('store', `archive batch: article ${article.id} is in the batch twice`, article.ref);
      if (hashes.has(article.contentHash)) {
        throw new InputError('store', `archive batch: article ${article.id} has the content of another article of the batch`, article.ref);
      }
      articleIds.add(article.id);
      hashes.add(article.contentHash);
    }
  }
  for (const part of chunk([...storyIds])) {
    const found = await trx.selectFrom('stories').select('id').where('id', 'in', part).executeTakeFirst();
    if (found) throw new InputError('store', `archive batch: story ${found.id} is already stored`, found.id);
  }
  for (const part of chunk([...articleIds])) {
    const found = await trx.selectFrom('articles').select('id').where('id', 'in', part).executeTakeFirst();
    if (found) throw new InputError('store', `archive batch: article ${found.id} is already stored`, found.id);
  }
  for (const part of chunk([...hashes])) {
    const found = await trx.selectFrom('articles').select(['id', 'content_hash']).where('content_hash', 'in', part).executeTakeFirst();
    if (found) throw new InputError('store', `archive batch: an article with content hash ${found.content_hash} is already stored (${found.id})`, found.id);
  }
}

/**
 * Leaves every table (search indexes included: their triggers fire on each inserted row) as
 * insertArticle, saveStoryAndAssign for the first member and assignArticle for the others would,
 * in that order; run inside one transaction.
 */
export async function insertArchiveBatch(trx: Transaction<Database>, batch: readonly ArchiveStory[]): Promise<void> {
  await checkAllNew(trx, batch);
  const assignedAt = nowUtcIso();
  const stories = [];
  const keys: Insertable<StoryKeysTable>[] = [];
  const articles = [];
  const entities: ArticleEntitiesTable[] = [];
  const members: StoryMembersTable[] = [];
  for (const { story, profile, members: storyMembers } of batch) {
    const storyRow = toStoryRow(story, profile);
    stories.push(storyRow);
    const span = storySpan(storyRow);
    for (const [key, weight] of checkKeys(story, profile)) keys.push({ story_id: story.id, key, weight, ...span });
    for (const { article, reason } of storyMembers) {
      const row = toArticleRow(article);
      articles.push({ ...row, story_id: story.id });
      entities.push(...entityRows(article.id, article.entities, row.day, row.published_utc));
      members.push({ story_id: story.id, article_id: article.id, reason: JSON.stringify(reason), assigned_at: assignedAt });
    }
  }
  for (const part of chunk(stories, STORY_ROWS)) await trx.insertInto('stories').values(part).execute();
  for (const part of chunk(keys, SMALL_ROWS)) await trx.insertInto('story_keys').values(part).execute();
  for (const part of chunk(articles, ARTICLE_ROWS)) await trx.insertInto('articles').values(part).execute();
  for (const part of chunk(entities, SMALL_ROWS)) await trx.insertInto('article_entities').values(part).execute();
  for (const part of chunk(members, SMALL_ROWS)) await trx.insertInto('story_members').values(part).execute();
}
