// The page cache over the sample news: validators and 304s, gzip made once, one render for concurrent misses,
// the HTTP server's fast path, and a new article changing the page and its validator.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../start-server.js';
import { openSampleApp } from '../testing/open-sample-app.js';
import { acceptsGzip, matchesEtag } from './page-cache.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The sample app with a store that counts the calls of each method. */
async function countingApp(checkMs: number) {
  const calls = new Map<string, number>();
  const { app, store } = await openSampleApp(undefined, {
    pageCache: { maxEntries: 50, checkMs },
    wrapStore: (inner) =>
      new Proxy(inner, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            calls.set(String(name), (calls.get(String(name)) ?? 0) + 1);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
  });
  closers.push(() => store.close());
  const total = (): number => [...calls.entries()].filter(([name]) => name !== 'contentVersion').reduce((sum, [, n]) => sum + n, 0);
  return { app, store, calls, total };
}

/** A raw HTTP GET (no automatic decompression), body as bytes. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('page cache', () => {
  it('answers a known validator with 304 and gzip-accepting clients with the same page compressed', async () => {
    const { app } = await countingApp(0);
    const first = await app.request('/');
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/u);
    expect(first.headers.get('vary')).toContain('Accept-Encoding');
    expect(first.headers.get('vary')).toContain('Cookie');
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");

    const again = await app.request('/', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const stale = await app.request('/', { headers: { 'If-None-Match': 'W/"something-else"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);

    const zipped = await app.request('/', { headers: { 'Accept-Encoding': 'br, gzip;q=0.8' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(body);
    const refused = await app.request('/', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('renders a page once when several requests for it arrive together', async () => {
    const { app, calls } = await countingApp(0);
    const pages = await Promise.all(Array.from({ length: 6 }, async () => (await app.request('/')).text()));
    expect(new Set(pages).size).toBe(1);
    // latestPublication is read once per front-page render.
    expect(calls.get('latestPublication')).toBe(1);
  });

  it('changes the page and its validator when an article is stored', async () => {
    const { app, store } = await countingApp(0);
    const before = await app.request('/');
    await before.text();
    const etag = before.headers.get('etag') ?? '';
    await store.insertArticle({
      id: 'a-cache-new',
      ref: 'fixtures/cache-new.txt',
      url: null,
      sourceName: 'Fresh Wire',
      credits: [],
      author: null,
      section: null,
      imageUrl: null,
      title: 'A headline stored after the page was cached',
      text: 'Something happened just now.',
      language: 'en',
      languageConfidence: 0.9,
      publishedAt: '2021-12-08T08:00:00.000Z',
      publishedAtOrigin: 'input',
      ingestedAt: '2021-12-08T08:00:00.000Z',
      contentHash: 'hash-cache-new',
      entities: [],
      dates: [],
      terms: [],
    });
    const after = await app.request('/', { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('A headline stored after the page was cached');
  });

  it('serves hits from the HTTP server without touching the store, with 304 and gzip there too', async () => {
    const { app, total } = await countingApp(60_000);
    const server: RunningServer = await startServer(app, { host: '127.0.0.1', port: 0 });
    closers.push(() => server.close());
    const first = await get(`${server.url}/`);
    expect(first.status).toBe(200);
    const etag = String(first.headers.etag);
    const afterRender = total();
    expect(afterRender).toBeGreaterThan(0);

    const hit = await get(`${server.url}/`);
    expect(hit.body.equals(first.body)).toBe(true);
    expect(hit.headers['content-length']).toBe(String(first.body.length));
    expect(hit.headers['content-type']).toContain('text/html');
    const notModified = await get(`${server.url}/`, { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const zipped = await get(`${server.url}/`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(first.body.length);
    expect(gunzipSync(zipped.body).equals(first.body)).toBe(true);
    expect(total()).toBe(afterRender);
  });
});

describe('request header parsing', () => {
  it('compares validators weakly and reads gzip with its quality', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('*', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', 'W/"abc"')).toBe(false);
    expect(acceptsGzip('gzip, deflate')).toBe(true);
    expect(acceptsGzip('GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
