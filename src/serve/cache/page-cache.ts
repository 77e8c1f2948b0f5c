// Caches rendered responses per address and reader, dropped whenever the store's content version changes (new articles, stories, translations).
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/store.js';
import type { ServeEnv } from '../reader/index.js';

export interface PageCacheOptions {
  /** Entries kept; the least recently used goes first. */
  maxEntries: number;
  /**
   * The content version is read at most this often: a page may lag new articles by this long, and
   * under load the database sees one tiny query per interval instead of one per request.
   */
  checkMs: number;
}

export const DEFAULT_PAGE_CACHE: PageCacheOptions = { maxEntries: 1000, checkMs: 250 };

interface Entry {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export interface PageCache {
  middleware: MiddlewareHandler<ServeEnv>;
  /** Entries held now (for tests and metrics). */
  size(): number;
}

/** Paths that are never cached: static assets cache themselves, settings set cookies. */
function cacheable(path: string): boolean {
  return !path.startsWith('/assets/') && path !== '/settings' && !path.startsWith('/healthz') && !path.startsWith('/metrics');
}

export function createPageCache(store: Store, options: PageCacheOptions = DEFAULT_PAGE_CACHE): PageCache {
  const entries = new Map<string, Entry>();
  let version: string | null = null;
  let checkedAt = 0;
  let pending: Promise<void> | null = null;

  const refresh = async (): Promise<void> => {
    const now = Date.now();
    if (now - checkedAt < options.checkMs) return;
    // Concurrent requests share one version read.
    pending ??= store
      .contentVersion()
      .then((current) => {
        checkedAt = Date.now();
        if (current !== version) {
          version = current;
          entries.clear();
        }
      })
      .finally(() => {
        pending = null;
      });
    await pending;
  };

  const middleware: MiddlewareHandler<ServeEnv> = async (c, next) => {
    if (c.req.method !== 'GET' || !cacheable(c.req.path)) return next();
    await refresh();
    const reader = c.var.reader;
    const key = `${c.req.url}\n${reader.lang}\n${reader.source === 'default' ? '' : 'chosen'}\n${reader.timeZone}`;
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    const seen = version;
    await next();
    const res = c.res;
    // Only plain successes are kept, never a response that sets a cookie, nor one rendered while the content changed.
    if (res.status !== 200 || res.headers.has('Set-Cookie') || seen !== version) return;
    const body = await res.clone().arrayBuffer();
    entries.set(key, { status: res.status, headers: [...res.headers.entries()], body });
    if (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };

  return { middleware, size: () => entries.size };
}
