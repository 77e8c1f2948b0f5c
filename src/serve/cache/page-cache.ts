// Caches rendered responses per address and reader, dropped whenever the store's content version changes (new articles, stories, translations).
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/store.js';
import { READER_COOKIE, TIME_ZONE_COOKIE } from '../reader/index.js';

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
  /** Text: @hono/node-server writes a string body straight out, where a buffer goes through a stream. */
  body: string;
}

export interface PageCache {
  /** Runs first, before the reader is resolved, so a hit costs a map look-up and nothing else. */
  middleware: MiddlewareHandler;
  /** Entries held now (for tests and metrics). */
  size(): number;
  /**
   * The stored page for a raw request (host, path with query, Cookie header), or undefined when it is
   * not stored or the content version is due for a check: the HTTP server answers hits with this
   * before Hono runs, and everything else goes through the app (which checks the version).
   */
  lookup(host: string, pathAndQuery: string, cookies: string): Entry | undefined;
}

export type CachedPage = Entry;

/** Paths that are never cached: static assets cache themselves, settings set cookies. */
function cacheable(path: string): boolean {
  // Operations endpoints and the sources' health change without any new article or story.
  if (['/settings', '/healthz', '/readyz', '/metrics', '/sources', '/sources.opml'].includes(path)) return false;
  return !path.startsWith('/assets/');
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

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' || !cacheable(c.req.path)) return next();
    await refresh();
    const url = new URL(c.req.url);
    const key = keyOf(url.host, `${url.pathname}${url.search}`, c.req.header('Cookie') ?? '');
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
    const body = await res.clone().text();
    entries.set(key, { status: res.status, headers: [...res.headers.entries()], body });
    if (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };

  const lookup = (host: string, pathAndQuery: string, cookies: string): Entry | undefined => {
    if (Date.now() - checkedAt >= options.checkMs) return undefined;
    return entries.get(keyOf(host, pathAndQuery, cookies));
  };

  return { middleware, size: () => entries.size, lookup };
}

/** Host (feeds hold absolute links), address, and the reader's language and zone cookies, read raw. */
function keyOf(host: string, pathAndQuery: string, cookies: string): string {
  return `${host}${pathAndQuery}\n${cookieValue(cookies, READER_COOKIE)}\n${cookieValue(cookies, TIME_ZONE_COOKIE)}`;
}

function cookieValue(header: string, name: string): string {
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return '';
}
