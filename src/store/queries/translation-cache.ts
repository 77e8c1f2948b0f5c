// The translation segment cache in portable SQL: look up many keys at once, upsert many entries at once.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CachedSegment, TranslationCacheKey, TranslationQuality } from '../../domain/index.js';
import { chunk } from './page.js';
import type { Database, TranslationCacheTable } from './tables.js';
import { nowUtcIso } from './time.js';

type CacheRow = Selectable<TranslationCacheTable>;

/** Rows per INSERT: 9 parameters each keeps a statement far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_INSERT = 200;

/** One string per key; JSON so that no separator inside a field can make two keys collide. */
function keyId(hash: string, from: string, to: string, provider: string): string {
  return JSON.stringify([hash, from, to, provider]);
}

function toSegment(row: CacheRow): CachedSegment {
  const segment: CachedSegment = {
    text: row.text,
    quality: row.quality as TranslationQuality,
    provider: row.result_provider,
  };
  if (row.path !== null) segment.path = JSON.parse(row.path) as string[];
  return segment;
}

/**
 * Keys are grouped by (from, to, provider) and each group is read with `text_hash IN (...)` in
 * chunks, which the primary key serves and which needs no row-value syntax. Duplicate keys are
 * fine: each position gets its answer.
 */
export async function getCachedSegments(
  db: Kysely<Database>,
  keys: TranslationCacheKey[],
): Promise<(CachedSegment | undefined)[]> {
  const groups = new Map<string, { from: string; to: string; provider: string; hashes: Set<string> }>();
  for (const key of keys) {
    const group = JSON.stringify([key.from, key.to, key.provider]);
    let entry = groups.get(group);
    if (!entry) {
      entry = { from: key.from, to: key.to, provider: key.provider, hashes: new Set() };
      groups.set(group, entry);
    }
    entry.hashes.add(key.textHash);
  }
  const found = new Map<string, CachedSegment>();
  for (const { from, to, provider, hashes } of groups.values()) {
    for (const part of chunk([...hashes])) {
      const rows = await db
        .selectFrom('translation_cache')
        .selectAll()
        .where('source_lang', '=', from)
        .where('target_lang', '=', to)
        .where('provider', '=', provider)
        .where('text_hash', 'in', part)
        .execute();
      for (const row of rows) found.set(keyId(row.text_hash, from, to, provider), toSegment(row));
    }
  }
  return keys.map((key) => found.get(keyId(key.textHash, key.from, key.to, key.provider)));
}

/**
 * Upserts in chunks (run it in a transaction). A key given twice keeps its last value: de-duplicated before
 * inserting, because PostgreSQL refuses an upsert that touches the same row twice in one statement.
 */
export async function putCachedSegments(
  trx: Transaction<Database>,
  entries: { key: TranslationCacheKey; value: CachedSegment }[],
): Promise<void> {
  const now = nowUtcIso();
  const rows = new Map<string, CacheRow>();
  for (const { key, value } of entries) {
    rows.set(keyId(key.textHash, key.from, key.to, key.provider), {
      text_hash: key.textHash,
      source_lang: key.from,
      target_lang: key.to,
      provider: key.provider,
      text: value.text,
      quality: value.quality,
      result_provider: value.provider,
      path: value.path === undefined ? null : JSON.stringify(value.path),
      created_at: now,
    });
  }
  for (const part of chunk([...rows.values()], ROWS_PER_INSERT)) {
    await trx
      .insertInto('translation_cache')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['text_hash', 'source_lang', 'target_lang', 'provider']).doUpdateSet((eb) => ({
          text: eb.ref('excluded.text'),
          quality: eb.ref('excluded.quality'),
          result_provider: eb.ref('excluded.result_provider'),
          path: eb.ref('excluded.path'),
          created_at: eb.ref('excluded.created_at'),
        })),
      )
      .execute();
  }
}
