// The Store methods every database shares: portable Kysely queries from ./queries, transactions around multi-step writes.
import type { Kysely } from 'kysely';
import type {
  ArticleFingerprint,
  ArticleLink,
  ArticleTranslation,
  CachedSegment,
  LangCode,
  MatchReason,
  NewArticle,
  NewSource,
  SourceFetchOutcome,
  Story,
  StoryProfile,
  Storyline,
  TranslationCacheKey,
} from '../domain/index.js';
import { insertArchiveBatch } from './queries/archive-batch.js';
import { getArticle, getArticles, insertArticle, listArticles, listDays } from './queries/articles.js';
import {
  addArticleLink,
  findArticleByUrlKey,
  findNearFingerprints,
  listArticleLinks,
  listFingerprints,
  saveFingerprint,
} from './queries/article-links.js';
import { findCandidateStories, keyFrequencies } from './queries/candidates.js';
import { listFailures, recordFailure } from './queries/failures.js';
import { MIGRATIONS } from './migrations/run-migrations.js';
import { claimJobs, completeJob, countQueuedJobs, enqueueJob, failJob } from './queries/jobs.js';
import { assignArticle, listStoryMembers } from './queries/members.js';
import { readStats } from './queries/stats.js';
import { getStories, getStory, getStoryProfile, listStories, saveStory } from './queries/stories.js';
import { deleteStories } from './queries/stories.js';
import { findStorylineIds, getStoryline, listStorylines, replaceStorylines } from './queries/storylines.js';
import { redirectStories, resolveStoryRedirect } from './queries/story-redirects.js';
import { getCachedSegments, putCachedSegments } from './queries/translation-cache.js';
import { listTranslations, saveTranslation } from './queries/translations.js';
import { getArticleVectors, saveArticleVector } from './queries/article-vectors.js';
import type { Database } from './queries/tables.js';
import { compareEntityMentions, countEntityMentions, getEntity } from './queries/article-entities.js';
import { contentVersion, latestPublication, listEntityStories, listSections, listSourceShelves, listStoryActivity } from './queries/reader.js';
import { CANDIDATES_PER_MATCH, searchAcrossLanguages } from './queries/reader-search.js';
import { addSource, filterUnseenItems, getSource, listDueSources, listSources, markItemsSeen, recordSourceFetch, removeSource } from './queries/sources.js';
import type { ArchiveStory, ArticleQuery, ArticleVector, CandidateQuery, FailureRecord, Page, ReaderSearchQuery, SearchHit, Store, StoryQuery, StoryRedirect } from './store.js';

export interface KyselyStoreOptions {
  /** A running job whose claim is older than this is presumed crashed and can be claimed again. */
  jobLeaseMs: number;
}

export const DEFAULT_JOB_LEASE_MS = 10 * 60 * 1000;

export abstract class KyselyStore implements Store {
  readonly db: Kysely<Database>;
  readonly #jobLeaseMs: number;
  /** Whether the database has row locks with SKIP LOCKED (PostgreSQL), so concurrent claims take different jobs. */
  protected readonly skipLockedRows: boolean = false;
  #closed = false;

  constructor(db: Kysely<Database>, options: KyselyStoreOptions) {
    this.db = db;
    this.#jobLeaseMs = options.jobLeaseMs;
  }

  /** Brings the schema up to date; returns the ids of the migrations it applied (none the second time). */
  abstract applyMigrations(): Promise<string[]>;

  async migrate() {
    await this.applyMigrations();
  }

  async close() {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
  }

  insertArticle(article: NewArticle) {
    return this.db.transaction().execute((trx) => insertArticle(trx, article));
  }

  async insertArchiveBatch(stories: readonly ArchiveStory[]) {
    if (stories.length === 0) return;
    await this.db.transaction().execute((trx) => insertArchiveBatch(trx, stories));
  }

  getArticle(id: string) {
    return getArticle(this.db, id);
  }

  getArticles(ids: readonly string[]) {
    return getArticles(this.db, ids);
  }

  listArticles(query: ArticleQuery) {
    return listArticles(this.db, query);
  }

  findCandidateStories(query: CandidateQuery) {
    return findCandidateStories(this.db, query);
  }

  getStoryProfile(storyId: string) {
    return getStoryProfile(this.db, storyId);
  }

  keyFrequencies(keys: string[]) {
    return keyFrequencies(this.db, keys);
  }

  saveStory(story: Story, profile: StoryProfile) {
    return this.db.transaction().execute((trx) => saveStory(trx, story, profile));
  }

  assignArticle(articleId: string, storyId: string, reason: MatchReason) {
    return this.db.transaction().execute((trx) => assignArticle(trx, articleId, storyId, reason));
  }

  getStory(id: string) {
    return getStory(this.db, id);
  }

  getStories(ids: readonly string[]) {
    return getStories(this.db, ids);
  }

  listStoryMembers(storyId: string) {
    return listStoryMembers(this.db, storyId);
  }

  listStories(query: StoryQuery) {
    return listStories(this.db, query);
  }

  listDays() {
    return listDays(this.db);
  }

  /** Full-text search is the one part each database does its own way. */
  abstract search(query: string, page: Page): Promise<SearchHit[]>;

  enqueueJob(kind: string, key: string) {
    return enqueueJob(this.db, kind, key);
  }

  claimJobs(kind: string, limit: number) {
    return claimJobs(this.db, kind, limit, this.#jobLeaseMs, this.skipLockedRows);
  }

  completeJob(id: number) {
    return completeJob(this.db, id);
  }

  failJob(id: number, error: string, retryAt: string | null) {
    return failJob(this.db, id, error, retryAt);
  }

  recordFailure(failure: FailureRecord) {
    return recordFailure(this.db, failure);
  }

  listFailures(page: Page) {
    return listFailures(this.db, page);
  }

  stats() {
    return readStats(this.db);
  }

  saveTranslation(translation: ArticleTranslation) {
    return this.db.transaction().execute((trx) => saveTranslation(trx, translation));
  }

  listTranslations(articleIds: string[], target: LangCode) {
    return listTranslations(this.db, articleIds, target);
  }

  saveArticleVector(vector: ArticleVector) {
    return this.db.transaction().execute((trx) => saveArticleVector(trx, vector));
  }

  getArticleVectors(articleIds: string[], model: string) {
    return getArticleVectors(this.db, articleIds, model);
  }

  getCachedSegments(keys: TranslationCacheKey[]) {
    return getCachedSegments(this.db, keys);
  }

  async putCachedSegments(entries: { key: TranslationCacheKey; value: CachedSegment }[]) {
    if (entries.length === 0) return;
    await this.db.transaction().execute((trx) => putCachedSegments(trx, entries));
  }

  async deleteStories(storyIds: string[]) {
    if (storyIds.length === 0) return;
    await this.db.transaction().execute((trx) => deleteStories(trx, storyIds));
  }

  async redirectStories(redirects: readonly StoryRedirect[]) {
    if (redirects.length === 0) return;
    await this.db.transaction().execute((trx) => redirectStories(trx, redirects));
  }

  resolveStoryRedirect(storyId: string) {
    return resolveStoryRedirect(this.db, storyId);
  }

  contentVersion() {
    return contentVersion(this.db);
  }

  listStoryActivity(from: string, to: string, recentFrom?: string) {
    return listStoryActivity(this.db, from, to, recentFrom);
  }

  latestPublication() {
    return latestPublication(this.db);
  }

  countEntityMentions(from: string, to: string, limit: number) {
    return countEntityMentions(this.db, from, to, limit);
  }

  compareEntityMentions(from: string, split: string, to: string, limit: number) {
    return compareEntityMentions(this.db, from, split, to, limit);
  }

  getEntity(entityId: string) {
    return getEntity(this.db, entityId);
  }

  listEntityStories(entityId: string, page: Page) {
    return listEntityStories(this.db, entityId, page);
  }

  listSections() {
    return listSections(this.db);
  }

  listSourceShelves() {
    return listSourceShelves(this.db);
  }

  /** Full-text hits come from each database's own index; translations, aliases and filters are portable. */
  async searchAcrossLanguages(query: ReaderSearchQuery) {
    const textHits = await this.search(query.text, { limit: CANDIDATES_PER_MATCH });
    return searchAcrossLanguages(this.db, query, textHits);
  }

  countQueuedJobs() {
    return countQueuedJobs(this.db);
  }

  saveStoryAndAssign(story: Story, profile: StoryProfile, articleId: string, reason: MatchReason) {
    return this.db.transaction().execute(async (trx) => {
      await saveStory(trx, story, profile);
      await assignArticle(trx, articleId, story.id, reason, true);
    });
  }

  async pendingMigrations() {
    const rows = await this.db.selectFrom('schema_migrations').select('id').execute();
    const applied = new Set(rows.map((row) => row.id));
    return MIGRATIONS.map((m) => m.id).filter((id) => !applied.has(id));
  }

  addSource(source: NewSource) {
    return this.db.transaction().execute((trx) => addSource(trx, source));
  }

  getSource(idOrUrl: string) {
    return getSource(this.db, idOrUrl);
  }

  listSources() {
    return listSources(this.db);
  }

  removeSource(idOrUrl: string) {
    return this.db.transaction().execute((trx) => removeSource(trx, idOrUrl));
  }

  listDueSources(now: string, limit: number) {
    return listDueSources(this.db, now, limit);
  }

  recordSourceFetch(id: string, outcome: SourceFetchOutcome) {
    return recordSourceFetch(this.db, id, outcome);
  }

  filterUnseenItems(sourceId: string, keys: readonly string[]) {
    return filterUnseenItems(this.db, sourceId, keys);
  }

  async markItemsSeen(sourceId: string, keys: readonly string[], at: string) {
    if (keys.length === 0) return;
    await this.db.transaction().execute((trx) => markItemsSeen(trx, sourceId, keys, at));
  }

  addArticleLink(link: ArticleLink) {
    return addArticleLink(this.db, link);
  }

  listArticleLinks(articleId: string) {
    return listArticleLinks(this.db, articleId);
  }

  findArticleByUrlKey(urlKey: string) {
    return findArticleByUrlKey(this.db, urlKey);
  }

  saveFingerprint(record: ArticleFingerprint) {
    return this.db.transaction().execute((trx) => saveFingerprint(trx, record));
  }

  findNearFingerprints(fingerprint: string, limit: number) {
    return findNearFingerprints(this.db, fingerprint, limit);
  }

  listFingerprints(articleIds: string[]) {
    return listFingerprints(this.db, articleIds);
  }

  async replaceStorylines(save: readonly Storyline[], removeIds: readonly string[]) {
    if (save.length === 0 && removeIds.length === 0) return;
    await this.db.transaction().execute((trx) => replaceStorylines(trx, save, removeIds));
  }

  getStoryline(id: string) {
    return getStoryline(this.db, id);
  }

  findStorylineIds(storyIds: readonly string[]) {
    return findStorylineIds(this.db, storyIds);
  }

  listStorylines(page: Page) {
    return listStorylines(this.db, page);
  }
}
