// The Store interface: everything the pipeline, the server and the CLI need from a database.
// SQLite implements it now; PostgreSQL will implement the same contract (see contract.ts).
import type {
  Article,
  ArticleFingerprint,
  ArticleLink,
  ArticleTranslation,
  CachedSegment,
  LangCode,
  MatchReason,
  NewArticle,
  NewSource,
  Source,
  SourceFetchOutcome,
  Story,
  StoryMember,
  StoryProfile,
  Storyline,
  TranslationCacheKey,
} from '../domain/index.js';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ArticleQuery extends Page {
  storyId?: string;
  /** Articles published on this UTC day, `YYYY-MM-DD`. */
  day?: string;
  /** Only articles not yet assigned to a story. */
  unclustered?: boolean;
  /** Only articles of this section (as the source filed it). */
  section?: string;
  /** Only articles of this source (its name as stored). */
  sourceName?: string;
  /** Newest first instead of publication order; undated articles are left out. */
  newestFirst?: boolean;
}

export interface StoryQuery extends Page {
  /** Stories with at least one article published on this UTC day. */
  day?: string;
}

export interface DaySummary {
  day: string;
  articles: number;
  stories: number;
}

export interface SearchHit {
  articleId: string;
  storyId: string | null;
  title: string;
  /** A short extract around the match, plain text. */
  snippet: string;
  language: string;
  sourceName: string | null;
  publishedAt: string | null;
  rank: number;
}

export interface CandidateQuery {
  /** Inverted-index keys of the article (`e:<entity>`, `t:<term>`). */
  keys: string[];
  /** Only stories whose time span comes within this window (ISO); null = no bound. */
  from: string | null;
  to: string | null;
  limit: number;
}

export interface KeyFrequencies {
  stories: number;
  counts: Record<string, number>;
}

export interface InsertResult {
  article: Article;
  /** False when the same article (same id, or same content) was already stored. */
  created: boolean;
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: number;
  kind: string;
  /** What the job is about (an article id); (kind, key) is unique while the job is not done. */
  key: string;
  attempts: number;
  lastError: string | null;
  runAfter: string;
}

export interface FailureRecord {
  ref: string;
  stage: string;
  message: string;
  at: string;
}

export interface StoreStats {
  articles: number;
  stories: number;
  languages: Record<string, number>;
  queuedJobs: number;
}

/** A story's recent activity: the inputs of the front page's trend score. */
export interface StoryActivity {
  storyId: string;
  /** Articles published in the window. */
  articles: number;
  outlets: number;
  languages: number;
  /** Latest publication in the window (UTC ISO). */
  lastPublishedUtc: string;
  /** Articles published from `recentFrom` on, when the query asked for it (the front page's 24 h inside its 48 h). */
  recent?: number;
}

/** An entity with how many articles mention it (in a window, or overall). */
export interface EntityCount {
  id: string;
  name: string;
  kind: 'person' | 'place' | 'org' | 'other';
  articles: number;
}

/** An entity's mentions in two periods that follow each other: the front page's rising entities. */
export interface EntityTrend {
  id: string;
  name: string;
  kind: EntityCount['kind'];
  /** Articles mentioning it in the later period, and in the earlier one. */
  now: number;
  before: number;
}

/** A section or a source with its article count and latest publication. */
export interface ShelfSummary {
  name: string;
  articles: number;
  lastPublishedUtc: string | null;
}

export interface ReaderSearchQuery extends Page {
  text: string;
  language?: string;
  sourceName?: string;
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  fromDay?: string;
  toDay?: string;
}

export type SearchMatch = 'text' | 'translation' | 'entity';

export interface ReaderSearchHit extends SearchHit {
  /** How the article matched: its own text, a stored translation, or an entity alias. */
  matchedBy: SearchMatch[];
}

/** A new story with its new articles, for loading a large archive in bulk (insertArchiveBatch). */
/** An article's sentence vector from one model (see src/embed). */
export interface ArticleVector {
  articleId: string;
  /** The embedder's name, e.g. `use-lite`. */
  model: string;
  vector: Float32Array;
}

export interface ArchiveStory {
  story: Story;
  profile: StoryProfile;
  /** The story's articles in the order they would be assigned, each with why it belongs (the first founds the story). */
  members: { article: NewArticle; reason: MatchReason }[];
}

export interface Store {
  /** Creates or upgrades the schema; running it twice is a no-op. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Stores an article unless the same id or content hash is already there (then returns the stored one). */
  insertArticle(article: NewArticle): Promise<InsertResult>;
  getArticle(id: string): Promise<Article | null>;
  /** Articles by id in one round trip, in the order asked (repeats once); unknown ids are left out. */
  getArticles(ids: readonly string[]): Promise<Article[]>;
  listArticles(query: ArticleQuery): Promise<Article[]>;

  /** Stories sharing keys with the article inside the window, best overlap first, at most `limit`. */
  findCandidateStories(query: CandidateQuery): Promise<StoryProfile[]>;
  getStoryProfile(storyId: string): Promise<StoryProfile | null>;
  /** How many stories carry each key, and how many stories there are: the IDF behind scoring. */
  keyFrequencies(keys: string[]): Promise<KeyFrequencies>;
  /** Creates or replaces a story, its profile and its inverted-index keys. */
  saveStory(story: Story, profile: StoryProfile): Promise<void>;
  /** Puts an article in a story, recording why. */
  assignArticle(articleId: string, storyId: string, reason: MatchReason): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  /** Stories by id in one round trip, in the order asked (repeats once); unknown ids are left out. */
  getStories(ids: readonly string[]): Promise<Story[]>;
  /** Members of a story in publication order, with the reason each was assigned. */
  listStoryMembers(storyId: string): Promise<StoryMember[]>;
  /** Stories, most recently updated (by last publication time) first. */
  listStories(query: StoryQuery): Promise<Story[]>;
  listDays(): Promise<DaySummary[]>;

  /** Full-text search over titles and texts in every language. */
  search(query: string, page: Page): Promise<SearchHit[]>;

  /** Queues a job unless the same (kind, key) is already queued or running. */
  enqueueJob(kind: string, key: string): Promise<void>;
  /** Takes up to `limit` due jobs of a kind, marking them running. */
  claimJobs(kind: string, limit: number): Promise<Job[]>;
  completeJob(id: number): Promise<void>;
  /** Records a failure; the job runs again after `retryAt`, or is marked failed when `retryAt` is null. */
  failJob(id: number, error: string, retryAt: string | null): Promise<void>;

  /** Remembers an input that could not be ingested, for the CLI summary and health pages. */
  recordFailure(failure: FailureRecord): Promise<void>;
  listFailures(page: Page): Promise<FailureRecord[]>;

  stats(): Promise<StoreStats>;

  /** Creates or replaces the translation of an article into `translation.target`. */
  saveTranslation(translation: ArticleTranslation): Promise<void>;
  /** Translations of these articles into `target`, in any order; articles without one are left out. */
  listTranslations(articleIds: string[], target: LangCode): Promise<ArticleTranslation[]>;
  /** Creates or replaces an article's sentence vector from one model (the dense clustering signal). */
  saveArticleVector(vector: ArticleVector): Promise<void>;
  /** Article id -> vector for those of these articles that have one from `model`. */
  getArticleVectors(articleIds: string[], model: string): Promise<Map<string, Float32Array>>;
  /** The translation segment cache (it survives restarts): one entry per key, undefined where none. */
  getCachedSegments(keys: TranslationCacheKey[]): Promise<(CachedSegment | undefined)[]>;
  putCachedSegments(entries: { key: TranslationCacheKey; value: CachedSegment }[]): Promise<void>;

  /** Changes whenever an article or story is written: page caches compare it (derived from the database, so it holds across processes). */
  contentVersion(): Promise<string>;
  /** Per story, its articles published in [from, to): the trend score's inputs. */
  listStoryActivity(from: string, to: string, recentFrom?: string): Promise<StoryActivity[]>;
  /** The latest publication time stored (UTC ISO), or null when nothing is dated. */
  latestPublication(): Promise<string | null>;
  /** Entities by number of articles published in [from, to) that mention them. */
  countEntityMentions(from: string, to: string, limit: number): Promise<EntityCount[]>;
  /**
   * Entities mentioned in [split, to), with their articles there (`now`) and in [from, split) (`before`),
   * most `now` first, at most `limit`: one pass over the index for both periods.
   */
  compareEntityMentions(from: string, split: string, to: string, limit: number): Promise<EntityTrend[]>;
  getEntity(entityId: string): Promise<EntityCount | null>;
  /** Stories with an article mentioning the entity, latest first. */
  listEntityStories(entityId: string, page: Page): Promise<Story[]>;
  listSections(): Promise<ShelfSummary[]>;
  /** Named outlets of stored articles with counts (the site's source pages; `listSources` is the followed feeds). */
  listSourceShelves(): Promise<ShelfSummary[]>;
  /** Search across languages: original texts, stored translations and entity aliases, with filters. */
  searchAcrossLanguages(query: ReaderSearchQuery): Promise<ReaderSearchHit[]>;
  /** Jobs waiting to run (queued, not yet claimed), by kind: the queue depth behind /metrics. */
  countQueuedJobs(): Promise<Record<string, number>>;
  /** saveStory and assignArticle in one transaction, so a crash in between leaves neither (clustering workers). */
  saveStoryAndAssign(story: Story, profile: StoryProfile, articleId: string, reason: MatchReason): Promise<void>;
  /** Migrations this code knows that the database has not applied (empty when up to date): readiness checks. */
  pendingMigrations(): Promise<string[]>;
  /** Follows a source unless its URL is already followed; returns the stored one either way. */
  addSource(source: NewSource): Promise<{ source: Source; created: boolean }>;
  /** By id or URL. */
  getSource(idOrUrl: string): Promise<Source | null>;
  /** Every source with its health, by section then name. */
  listSources(): Promise<Source[]>;
  /** Stops following a source (by id or URL) and forgets its seen items; articles stay. False when none. */
  removeSource(idOrUrl: string): Promise<boolean>;
  /** Sources due at `now` (ISO), longest overdue first. */
  listDueSources(now: string, limit: number): Promise<Source[]>;
  /** Records one fetch's outcome on the source's health and schedules the next. */
  recordSourceFetch(id: string, outcome: SourceFetchOutcome): Promise<void>;
  /** Item keys (guid, link or hash) this source has not produced before. */
  filterUnseenItems(sourceId: string, keys: readonly string[]): Promise<string[]>;
  markItemsSeen(sourceId: string, keys: readonly string[], at: string): Promise<void>;
  /** Records a URL the article was reached by; false when the article already had this exact URL. */
  addArticleLink(link: ArticleLink): Promise<boolean>;
  /** The URLs an article was reached by, first seen first. */
  listArticleLinks(articleId: string): Promise<ArticleLink[]>;
  /** The article a link with this canonical URL (see normaliseArticleUrl) leads to, or null. */
  findArticleByUrlKey(urlKey: string): Promise<string | null>;
  /** Creates or replaces an article's text fingerprint. */
  saveFingerprint(record: ArticleFingerprint): Promise<void>;
  /** Up to `limit` stored fingerprints sharing a band with this one: the candidates for near-duplicates. */
  findNearFingerprints(fingerprint: string, limit: number): Promise<ArticleFingerprint[]>;
  /** Fingerprints of these articles, by article id; articles without one are left out. */
  listFingerprints(articleIds: string[]): Promise<ArticleFingerprint[]>;
  /**
   * Writes new stories with their new articles in one transaction with multi-row inserts, leaving
   * every table and search index as insertArticle plus saveStoryAndAssign / assignArticle would. For
   * bulk loads: an id or content hash that is already stored (or twice in the batch) is an InputError
   * naming it, and nothing of the batch is written.
   */
  insertArchiveBatch(stories: readonly ArchiveStory[]): Promise<void>;
  /** Removes stories with their keys and memberships (re-clustering); their articles are left without a story. */
  deleteStories(storyIds: string[]): Promise<void>;
  /** Deletes the storylines `removeIds`, then writes `save` with their members (a story leaves any storyline it was in), in one transaction. */
  replaceStorylines(save: readonly Storyline[], removeIds: readonly string[]): Promise<void>;
  /** A storyline with its members in publication order, or null. */
  getStoryline(id: string): Promise<Storyline | null>;
  /** Story id -> storyline id, for those of the stories that belong to a storyline. */
  findStorylineIds(storyIds: readonly string[]): Promise<Record<string, string>>;
  /** Storylines of at least two stories, latest publication first. */
  listStorylines(page: Page): Promise<Storyline[]>;
  /** Records that each `from` story was merged into `to`: its URL leads there (chains are kept one hop long). */
  redirectStories(redirects: readonly StoryRedirect[]): Promise<void>;
  /** The story a merged story's id now leads to, or null. */
  resolveStoryRedirect(storyId: string): Promise<string | null>;
}

/** A merged story's id and the story that absorbed it. */
export interface StoryRedirect {
  from: string;
  to: string;
}
