// The tables an archive holds, in the order they are written and imported (foreign keys first): add a table here to move it too.
import type { Database } from '../queries/tables.js';

export interface ArchiveTable {
  name: keyof Database;
  /** A unique key: rows are written and checksummed in this order, identical on every database. */
  key: readonly string[];
  /** Only these rows are archived (a column and the values it must not have). */
  exclude?: { column: string; values: readonly string[] };
  /** Identity column whose sequence must move past imported values on PostgreSQL. */
  identity?: string;
}

/**
 * Derived tables (the full-text index, schema_migrations) are not archived: migrations and
 * triggers rebuild them. Finished jobs are history, not work, and stay behind.
 */
export const ARCHIVE_TABLES: readonly ArchiveTable[] = [
  { name: 'stories', key: ['id'] },
  { name: 'articles', key: ['seq'], identity: 'seq' },
  { name: 'story_keys', key: ['story_id', 'key'] },
  { name: 'story_members', key: ['article_id'] },
  { name: 'storylines', key: ['id'] },
  { name: 'storyline_members', key: ['story_id'] },
  { name: 'article_translations', key: ['article_id', 'target'] },
  { name: 'translation_cache', key: ['text_hash', 'source_lang', 'target_lang', 'provider'] },
  { name: 'jobs', key: ['id'], exclude: { column: 'state', values: ['done'] }, identity: 'id' },
  { name: 'failures', key: ['id'], identity: 'id' },
  { name: 'sources', key: ['id'] },
  { name: 'source_items', key: ['source_id', 'item_key'] },
  { name: 'article_links', key: ['article_id', 'url'] },
  { name: 'article_fingerprints', key: ['article_id'] },
  { name: 'article_fingerprint_bands', key: ['band', 'article_id'] },
  { name: 'story_redirects', key: ['from_id'] },
];
