// The real fetcher against a local HTTP server: validators and 304, encodings, redirects, timeouts, caps, bombs, the address guard.
import { gzipSync, brotliCompressSync, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from './create-fetcher.js';
import { fetchUrl } from './fetch-url.js';
import { defaultFetchSettings } from './fetch-settings.js';
import type { FetchSettings } from './fetch-settings.js';
import { isBlockedAddress } from './check-address.js';
import type { FixtureServer } from './testing/start-fixture-server.js';
import { serve, startFixtureServer } from './testing/start-fixture-server.js';

const settings: FetchSettings = {
  ...defaultFetchSettings,
  allowPrivateAddresses: true,
  perHostDelayMs: 0,
  perHostConcurrency: 4,
  connectTimeoutMs: 2000,
  totalTimeoutMs: 3000,
  maxBodyBytes: 200_000,
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

describe('fetchUrl against a local server', () => {
  it('sends the User-Agent and answers 304 to a conditional GET with the ETag', async () => {
    server.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 23 Nov 2026 09:00:00 GMT', 'content-type': 'text/plain' }).end('hello');
    });
    const fetcher = createFetcher(settings);
    const first = await fetcher.fetch({ url: server.url('/etag') });
    expect(first).toMatchObject({ status: 200, notModified: false, text: 'hello', etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 09:00:00 GMT' });
    const second = await fetcher.fetch({ url: server.url('/etag'), etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true, text: '' });
    const sent = server.requests.filter((r) => r.path === '/etag');
    expect(sent[0]?.headers['user-agent']).toMatch(/^Babelwire\/\d+\.\d+\.\d+ \(\+https?:\/\/.+\)$/);
    expect(sent[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('sends If-Modified-Since from Last-Modified', async () => {
    server.route('/lm', (req, res) => {
      if (req.headers['if-modified-since'] === 'Mon, 23 Nov 2026 09:00:00 GMT') res.writeHead(304).end();
      else res.writeHead(200).end('x');
    });
    const result = await fetchUrl({ url: server.url('/lm'), lastModified: 'Mon, 23 Nov 2026 09:00:00 GMT' }, settings);
    expect(result.notModified).toBe(true);
  });

  it('decodes gzip, raw deflate and brotli bodies', async () => {
    const text = 'Ünïcödé news — ' + 'x'.repeat(1000);
    server.route('/gz', serve(gzipSync(text), { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' }));
    server.route('/br', serve(brotliCompressSync(text), { 'content-encoding': 'br', 'content-type': 'text/plain; charset=utf-8' }));
    server.route('/deflate', serve(deflateRawSync(text), { 'content-encoding': 'deflate', 'content-type': 'text/plain; charset=utf-8' }));
    const fetcher = createFetcher(settings);
    for (const path of ['/gz', '/br', '/deflate']) expect((await fetcher.fetch({ url: server.url(path) })).text).toBe(text);
  });

  it('takes the charset from the HTTP header, the XML declaration, a meta tag or a BOM', async () => {
    const latin1 = Buffer.from('Élysée: la réforme est adoptée', 'latin1');
    server.route('/header', serve(latin1, { 'content-type': 'text/plain; charset=ISO-8859-1' }));
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'), Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]), Buffer.from('</t>')]);
    server.route('/xmldecl', serve(xml, { 'content-type': 'application/xml' }));
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="koi8-r"></head><body>'), Buffer.from([0xf0, 0xd5, 0xd4, 0xc9, 0xce]), Buffer.from('</body></html>')]);
    server.route('/meta', serve(html, { 'content-type': 'text/html' }));
    server.route('/bom', serve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]), { 'content-type': 'text/plain' }));
    const fetcher = createFetcher(settings);
    expect((await fetcher.fetch({ url: server.url('/header') })).text).toBe('Élysée: la réforme est adoptée');
    expect((await fetcher.fetch({ url: server.url('/xmldecl') })).text).toContain('Путин');
    expect((await fetcher.fetch({ url: server.url('/meta') })).text).toContain('Путин');
    expect((await fetcher.fetch({ url: server.url('/bom') })).text).toBe('Grüße');
  });

  it('follows up to five redirects, re-resolving each hop, and names the final URL', async () => {
    for (let i = 1; i <= 5; i++) server.route(`/hop${i}`, serve('', { location: i === 5 ? '/landed' : `/hop${i + 1}` }, 302));
    server.route('/landed', serve('here'));
    const result = await fetchUrl({ url: server.url('/hop1') }, settings);
    expect(result).toMatchObject({ url: server.url('/landed'), redirects: 5 });
    server.route('/hop0', serve('', { location: '/hop1' }, 301));
    await expect(fetchUrl({ url: server.url('/hop0') }, settings)).rejects.toThrow(/^fetch: too many redirects \(more than 5\) \(http:\/\/127\.0\.0\.1:\d+\/hop0\)$/);
  });

  it('stops an endless redirect loop', async () => {
    server.route('/loop-a', serve('', { location: '/loop-b' }, 302));
    server.route('/loop-b', serve('', { location: '/loop-a' }, 302));
    await expect(fetchUrl({ url: server.url('/loop-a') }, settings)).rejects.toThrow(/fetch: redirect loop/);
  });

  it('gives up on a host that answers too slowly', async () => {
    server.route('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      // Never ends: the total timeout must fire.
    });
    const started = Date.now();
    await expect(fetchUrl({ url: server.url('/slow') }, settings)).rejects.toThrow(/^fetch: no complete answer within 3000 ms/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses a body over the cap, declared or streamed', async () => {
    const huge = Buffer.alloc(300_000, 'a');
    server.route('/huge', serve(huge, { 'content-type': 'text/plain', 'content-length': String(huge.length) }));
    server.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) res.write(Buffer.alloc(10_000, 'b'));
      res.end();
    });
    await expect(fetchUrl({ url: server.url('/huge') }, settings)).rejects.toThrow(/body larger than 200000 bytes/);
    await expect(fetchUrl({ url: server.url('/huge-chunked') }, settings)).rejects.toThrow(/body larger than 200000 bytes/);
  });

  it('stops a gzip bomb once the decompressed size passes the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0));
    expect(bomb.length).toBeLessThan(100_000);
    server.route('/bomb', serve(bomb, { 'content-encoding': 'gzip', 'content-type': 'text/html' }));
    await expect(fetchUrl({ url: server.url('/bomb') }, settings)).rejects.toThrow(/body larger than 200000 bytes once decompressed/);
  });

  it('reports HTTP errors with the status and the URL, retryable only for server errors', async () => {
    server.route('/gone', serve('<html>404</html>', { 'content-type': 'text/html' }, 404));
    server.route('/down', serve('oops', {}, 503));
    await expect(fetchUrl({ url: server.url('/gone') }, settings)).rejects.toMatchObject({ retryable: false, message: `fetch: HTTP 404 Not Found (${server.url('/gone')})` });
    await expect(fetchUrl({ url: server.url('/down') }, settings)).rejects.toMatchObject({ retryable: true });
  });

  it('names connection failures', async () => {
    const other = await startFixtureServer();
    const url = other.url('/x');
    await other.close();
    await expect(fetchUrl({ url }, settings)).rejects.toThrow(`fetch: connection refused (${url})`);
  });
});

describe('the private-address guard', () => {
  const guarded: FetchSettings = { ...settings, allowPrivateAddresses: false };

  it('refuses loopback by IP literal and by a name that resolves to it', async () => {
    await expect(fetchUrl({ url: server.url('/etag') }, guarded)).rejects.toThrow(/refused to connect to private or reserved address 127\.0\.0\.1/);
    const port = new URL(server.origin).port;
    await expect(fetchUrl({ url: `http://localhost:${port}/etag` }, guarded)).rejects.toThrow(/refused to connect to private or reserved address/);
  });

  it('checks every redirect: an allowed host cannot send the fetcher to a private one', async () => {
    const inner = await startFixtureServer();
    inner.route('/admin', serve('internal secrets'));
    server.route('/to-private', serve('', { location: inner.url('/admin') }, 302));
    server.route('/to-metadata', serve('', { location: 'http://169.254.169.254/latest/meta-data' }, 302));
    server.route('/to-localhost', serve('', { location: `http://localhost:${new URL(inner.origin).port}/admin` }, 302));
    // Only the outer server is allowed, as an intranet host would be.
    const one: FetchSettings = { ...guarded, allowedPrivateHosts: [new URL(server.origin).host] };
    expect((await fetchUrl({ url: server.url('/etag') }, one)).status).toBe(200);
    await expect(fetchUrl({ url: server.url('/to-private') }, one)).rejects.toThrow(`fetch: refused to connect to private or reserved address 127.0.0.1 (${inner.url('/admin')})`);
    await expect(fetchUrl({ url: server.url('/to-metadata') }, one)).rejects.toThrow(/refused to connect to private or reserved address 169\.254\.169\.254/);
    await expect(fetchUrl({ url: server.url('/to-localhost') }, one)).rejects.toThrow(/refused to connect to private or reserved address/);
    expect(inner.requests).toEqual([]);
    await inner.close();
  });

  it('refuses IPv6 loopback and the link-local metadata address before connecting', async () => {
    await expect(fetchUrl({ url: 'http://[::1]:1/' }, guarded)).rejects.toThrow(/private or reserved address ::1/);
    await expect(fetchUrl({ url: 'http://169.254.169.254/latest/meta-data' }, guarded)).rejects.toThrow(/169\.254\.169\.254/);
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.0.0.8', '172.20.1.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:a00:1']) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:2800:220:1:248:1893:25c8:1946', '172.32.0.1']) expect(isBlockedAddress(a), a).toBe(false);
  });
});

describe('robots.txt and per-host politeness', () => {
  it('refuses pages robots.txt disallows, and reads its Sitemap lines', async () => {
    const site = await startFixtureServer();
    site.route('/robots.txt', serve(`User-agent: *\nDisallow: /private/\nSitemap: ${site.url('/sitemap.xml')}\n`, { 'content-type': 'text/plain' }));
    site.route('/private/page.html', serve('<html>secret</html>'));
    site.route('/public.html', serve('<html>ok</html>'));
    const fetcher = createFetcher(settings);
    await expect(fetcher.fetch({ url: site.url('/private/page.html'), respectRobots: true })).rejects.toThrow(/fetch: disallowed by robots\.txt/);
    expect((await fetcher.fetch({ url: site.url('/public.html'), respectRobots: true })).text).toBe('<html>ok</html>');
    expect((await fetcher.robots(site.url('/'))).sitemaps).toEqual([site.url('/sitemap.xml')]);
    // robots.txt is fetched once for the origin.
    expect(site.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    await site.close();
  });

  it('spaces requests to one host by the delay', async () => {
    const site = await startFixtureServer();
    site.route('/a', serve('a'));
    const fetcher = createFetcher({ ...settings, perHostConcurrency: 1, perHostDelayMs: 150 });
    await Promise.all([1, 2, 3].map(() => fetcher.fetch({ url: site.url('/a') })));
    const times = site.requests.map((r) => r.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(140);
    await site.close();
  });
});
