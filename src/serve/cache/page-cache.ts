// Caches rendered responses per address and reader, dropped whenever the store's content version changes (new articles, stories, translations).
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
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

/** Bodies shorter than this go out as they are: gzip would save less than its own headers cost. */
const GZIP_MIN_BYTES = 1024;

/**
 * A stored page: its bytes, validator and headers are computed once when it is stored, so a hit does
 * no serialisation, hashing or header building; the gzip copy is made by the first request that accepts it.
 */
export interface CachedPage {
  status: number;
  /** As rendered, plus ETag and Vary: Accept-Encoding (the Hono path). */
  headers: [string, string][];
  body: Buffer;
  /** Weak validator of the content (W/"…"), the same for the plain and the gzip bytes. */
  etag: string;
  /** Ready for node's writeHead: plain, gzip (once made) and 304. */
  head: OutgoingHttpHeaders;
  gzip: { body: Buffer; head: OutgoingHttpHeaders } | null;
  notModifiedHead: OutgoingHttpHeaders;
}

export interface PageCache {
  /** Runs first, before the reader is resolved, so a hit costs a map look-up and nothing else. */
  middleware: MiddlewareHandler;
  /** Entries held now (for tests and metrics). */
  size(): number;
  /**
   * The stored page for a raw request (host, path with query, Cookie header), or undefined when it is
   * not stored or the content version is due for a check: the HTTP server answers hits with this
   * before Hono runs (writeCachedPage), and everything else goes through the app (which checks the version).
   */
  lookup(host: string, pathAndQuery: string, cookies: string): CachedPage | undefined;
}

/** Paths that are never cached: static assets cache themselves, settings set cookies. */
function cacheable(path: string): boolean {
  // Operations endpoints and the sources' health change without any new article or story.
  if (['/settings', '/healthz', '/readyz', '/metrics', '/sources', '/sources.opml'].includes(path)) return false;
  return !path.startsWith('/assets/');
}

export function createPageCache(store: Store, options: PageCacheOptions = DEFAULT_PAGE_CACHE): PageCache {
  const entries = new Map<string, CachedPage>();
  /** Renders under way, by key: requests for the same page while it renders wait for it instead of rendering it again. */
  const rendering = new Map<string, Promise<CachedPage | undefined>>();
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

  const remember = (key: string, page: CachedPage): void => {
    entries.set(key, page);
    if (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET' || !cacheable(c.req.path)) return next();
    await refresh();
    const url = new URL(c.req.url);
    const key = keyOf(url.host, `${url.pathname}${url.search}`, c.req.header('Cookie') ?? '');
    // No await unless a render is under way: a request passing here must register its own render before yielding.
    const inflight = entries.has(key) ? undefined : rendering.get(key);
    const hit = entries.get(key) ?? (inflight ? await inflight : undefined);
    if (hit && entries.get(key) === hit) {
      entries.delete(key);
      entries.set(key, hit);
    }
    if (hit) return respond(hit, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'));

    let done: (page: CachedPage | undefined) => void = () => undefined;
    const first = !rendering.has(key);
    if (first) rendering.set(key, new Promise((resolve) => (done = resolve)));
    let stored: CachedPage | undefined;
    try {
      const seen = version;
      await next();
      const res = c.res;
      // Only plain successes are kept, never a response that sets a cookie, nor one rendered while the content changed.
      if (res.status !== 200 || res.headers.has('Set-Cookie') || seen !== version || !res.body) return;
      stored = makePage(res.status, [...res.headers.entries()], Buffer.from(await res.arrayBuffer()));
      remember(key, stored);
      // Cleared first: Hono's setter would otherwise copy the rendered headers over the stored ones (Vary, length).
      c.res = undefined;
      c.res = respond(stored, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'));
    } finally {
      if (first) {
        rendering.delete(key);
        done(stored);
      }
    }
  };

  const lookup = (host: string, pathAndQuery: string, cookies: string): CachedPage | undefined => {
    if (Date.now() - checkedAt >= options.checkMs) return undefined;
    return entries.get(keyOf(host, pathAndQuery, cookies));
  };

  return { middleware, size: () => entries.size, lookup };
}

function makePage(status: number, rendered: [string, string][], body: Buffer): CachedPage {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  const kept = rendered.filter(([name]) => !['content-length', 'content-encoding', 'etag'].includes(name));
  const vary = kept.find(([name]) => name === 'vary');
  const varyValue = vary ? `${vary[1]}, Accept-Encoding` : 'Accept-Encoding';
  const headers: [string, string][] = [...kept.filter(([name]) => name !== 'vary'), ['vary', varyValue], ['etag', etag]];
  const head: OutgoingHttpHeaders = Object.fromEntries(headers);
  // A 304 repeats the validator and what caches key on, and no body.
  const notModifiedHead: OutgoingHttpHeaders = Object.fromEntries(
    headers.filter(([name]) => ['etag', 'vary', 'cache-control', 'content-security-policy', 'x-content-type-options'].includes(name)),
  );
  return { status, headers, body, etag, head: { ...head, 'content-length': String(body.length) }, gzip: null, notModifiedHead };
}

/** The gzip bytes of a page, compressed the first time a client accepts them, null when not worth it. */
function gzipOf(page: CachedPage): CachedPage['gzip'] {
  if (page.body.length < GZIP_MIN_BYTES) return null;
  if (!page.gzip) {
    const body = gzipSync(page.body);
    page.gzip = { body, head: { ...page.head, 'content-encoding': 'gzip', 'content-length': String(body.length) } };
  }
  return page.gzip;
}

/** The response for a stored page: 304 when the client holds it, gzip when the client takes it. */
function respond(page: CachedPage, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): Response {
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, page.etag)) {
    return new Response(null, { status: 304, headers: page.notModifiedHead as Record<string, string> });
  }
  const gzip = acceptsGzip(acceptEncoding) ? gzipOf(page) : null;
  return new Response(gzip?.body ?? page.body, { status: page.status, headers: (gzip?.head ?? page.head) as Record<string, string> });
}

/** Writes a stored page straight to node's response: no Request/Response objects, no middleware. */
export function writeCachedPage(page: CachedPage, request: IncomingHttpHeaders, res: ServerResponse): void {
  const ifNoneMatch = request['if-none-match'];
  if (ifNoneMatch !== undefined && matchesEtag(ifNoneMatch, page.etag)) {
    res.writeHead(304, page.notModifiedHead);
    res.end();
    return;
  }
  const gzip = acceptsGzip(request['accept-encoding']) ? gzipOf(page) : null;
  res.writeHead(page.status, gzip?.head ?? page.head);
  res.end(gzip?.body ?? page.body);
}

/** If-None-Match with weak comparison (RFC 9110 13.1.2): `*`, or any listed tag naming the same content. */
export function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//u, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === opaque);
}

/** True when Accept-Encoding lists gzip (or `*`) without q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
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
