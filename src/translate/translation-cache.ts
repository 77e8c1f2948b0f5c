// The cache interface translations are stored behind (the store implements it), and an in-memory one for tests.
import { createHash } from 'node:crypto';
import type { LangCode } from '../domain/index.js';
import type { TranslationQuality } from './translator.js';

export interface CacheKey {
  /** sha256 (hex) of the source text. */
  textHash: string;
  from: LangCode;
  to: LangCode;
  provider: string;
}

export interface CachedTranslation {
  text: string;
  quality: TranslationQuality;
  /** The provider that actually produced it ("apertium", "gloss", ...). */
  provider: string;
  path?: string[];
}

export interface TranslationCache {
  /** Returns one entry per key, undefined where nothing is cached. */
  getMany(keys: CacheKey[]): Promise<(CachedTranslation | undefined)[]>;
  setMany(entries: { key: CacheKey; value: CachedTranslation }[]): Promise<void>;
}

/** sha256 hex of a text, the cache's key for it. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A TranslationCache in a Map: for tests and short-lived runs. */
export class MemoryTranslationCache implements TranslationCache {
  private readonly entries = new Map<string, CachedTranslation>();

  get size(): number {
    return this.entries.size;
  }

  getMany(keys: CacheKey[]): Promise<(CachedTranslation | undefined)[]> {
    return Promise.resolve(keys.map((k) => this.entries.get(flatKey(k))));
  }

  setMany(entries: { key: CacheKey; value: CachedTranslation }[]): Promise<void> {
    for (const { key, value } of entries) this.entries.set(flatKey(key), value);
    return Promise.resolve();
  }
}

function flatKey(key: CacheKey): string {
  return `${key.textHash}\u0000${key.from}\u0000${key.to}\u0000${key.provider}`;
}
