// Kysely's view of the schema: one row type per table, shared by every SQL dialect.
import type { Generated } from 'kysely';

/**
 * Timestamps are kept twice where the store sorts or filters on them: the caller's ISO string as
 * given (`*_at`, returned unchanged) and its UTC form (`*_utc`, `Date#toISOString()`), because
 * ISO strings with different offsets do not compare as text.
 */
export interface ArticlesTable {
  /** Row number: the FTS index points at it (SQLite rowids must be aliased to survive VACUUM). */
  seq: Generated<number>;
  id: string;
  ref: string;
  url: string | null;
  source_name: string | null;
  credits: string;
  author: string | null;
  section: string | null;
  image_url: string | null;
  /** The standfirst shown above the body (migration 0011); null when the page marks none or for older rows. */
  lead: string | null;
  title: string;
  text: string;
  language: string;
  language_confidence: number;
  published_at: string | null;
  published_utc: string | null;
  published_at_origin: string;
  ingested_at: string;
  ingested_utc: string;
  /** UTC day (`YYYY-MM-DD`) of the publication time, or of the ingestion time when there is none. */
  day: string;
  content_hash: string;
  entities: string;
  dates: string;
  terms: string;
  story_id: string | null;
}

export interface StoriesTable {
  id: string;
  title: string;
  lead_article_id: string;
  article_count: number;
  languages: string;
  sources: string;
  first_published_at: string | null;
  first_published_utc: string | null;
  last_published_at: string | null;
  last_published_utc: string | null;
  entities: string;
  /** The StoryProfile without its keys (those live in story_keys), as JSON. */
  profile: string;
  created_at: string;
  updated_at: string;
  updated_utc: string;
}

export interface StoryKeysTable {
  story_id: string;
  key: string;
  weight: number;
  /**
   * The story's publication span (migration 0010-candidate-window), its first_published_utc and
   * last_published_utc, or SPAN_UNKNOWN_FIRST / SPAN_UNKNOWN_LAST when unknown (the defaults).
   */
  span_first: Generated<string>;
  span_last: Generated<string>;
}

/** How many stories carry each key, kept by triggers (migration 0010-candidate-window). */
export interface KeyCountsTable {
  key: string;
  stories: number;
}

/** Counts kept by triggers: `stories` (migration 0010-candidate-window). */
export interface StoreCountsTable {
  name: string;
  value: number;
}

export interface StoryMembersTable {
  story_id: string;
  article_id: string;
  reason: string;
  assigned_at: string;
}

/** Migration 0006-storylines. */
export interface StorylinesTable {
  id: string;
  title: string;
  entities: string;
  first_published_at: string | null;
  first_published_utc: string | null;
  last_published_at: string | null;
  last_published_utc: string | null;
  created_at: string;
  updated_at: string;
  updated_utc: string;
}

export interface StorylineMembersTable {
  story_id: string;
  storyline_id: string;
  position: number;
  link: string;
}

export interface StoryRedirectsTable {
  from_id: string;
  to_id: string;
  created_utc: string;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  key: string;
  state: string;
  attempts: number;
  last_error: string | null;
  /** UTC ISO; the job is due when run_after <= now. */
  run_after: string;
  /** UTC ISO of the last claim, for lease expiry; null until claimed. */
  claimed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FailuresTable {
  id: Generated<number>;
  ref: string;
  stage: string;
  message: string;
  at: string;
}

export interface ArticleTranslationsTable {
  article_id: string;
  target: string;
  title: string;
  text: string | null;
  provider: string;
  quality: string;
  /** The languages the text went through, as a JSON array. */
  path: string;
  /** As the caller gave it (ISO). */
  translated_at: string;
}

/** Keyed by (text_hash, source_lang, target_lang, provider): the TranslationCacheKey. */
export interface TranslationCacheTable {
  text_hash: string;
  source_lang: string;
  target_lang: string;
  /** The provider asked (part of the key). */
  provider: string;
  text: string;
  quality: string;
  /** The provider that produced the text (a chain may answer with another one). */
  result_provider: string;
  /** JSON array, or null when the segment came without one. */
  path: string | null;
  /** UTC ISO of when this value was stored (a replaced value gets a new time). */
  created_at: string;
}

export interface SourcesTable {
  id: string;
  url: string;
  kind: string;
  name: string | null;
  language: string | null;
  section: string | null;
  interval_minutes: number;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  consecutive_failures: number;
  /** UTC ISO. */
  next_due_at: string;
  article_count: number;
}

/** Items (guid, link or hash) already taken from a source, so each is fetched once. */
export interface SourceItemsTable {
  source_id: string;
  item_key: string;
  seen_at: string;
}

export interface ArticleLinksTable {
  article_id: string;
  url: string;
  url_key: string;
  source_name: string | null;
  seen_at: string;
}

export interface ArticleFingerprintsTable {
  article_id: string;
  fingerprint: string;
  host: string | null;
  source_name: string | null;
  near_copy_of: string | null;
}

export interface ArticleFingerprintBandsTable {
  band: string;
  article_id: string;
}

export interface SchemaMigrationsTable {
  id: string;
  applied_at: string;
}

export interface Database {
  articles: ArticlesTable;
  stories: StoriesTable;
  story_keys: StoryKeysTable;
  key_counts: KeyCountsTable;
  store_counts: StoreCountsTable;
  story_members: StoryMembersTable;
  storylines: StorylinesTable;
  storyline_members: StorylineMembersTable;
  story_redirects: StoryRedirectsTable;
  jobs: JobsTable;
  failures: FailuresTable;
  article_translations: ArticleTranslationsTable;
  translation_cache: TranslationCacheTable;
  schema_migrations: SchemaMigrationsTable;
  sources: SourcesTable;
  source_items: SourceItemsTable;
  article_links: ArticleLinksTable;
  article_fingerprints: ArticleFingerprintsTable;
  article_fingerprint_bands: ArticleFingerprintBandsTable;
  article_entities: ArticleEntitiesTable;
  article_vectors: ArticleVectorsTable;
}

/** One sentence vector per (article, model); migration 0012-article-vectors. */
export interface ArticleVectorsTable {
  article_id: string;
  model: string;
  dimensions: number;
  /** Packed little-endian Float32. */
  vector: Uint8Array;
  created_at: string;
}

/** One row per (article, entity) mention; migration 0007-reader. */
export interface ArticleEntitiesTable {
  article_id: string;
  entity_id: string;
  kind: string;
  name: string;
  /** Lower-cased canonical name and surface forms joined by '|'. */
  aliases: string;
  day: string;
  published_utc: string | null;
}
