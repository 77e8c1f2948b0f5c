// The real fetcher and scheduler against a local HTTP server: discovery, sitemap fallback, full pages, 304s, and broken sources recorded without harm.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Fetcher } from '../fetch/index.js';
import { createFetcher, defaultFetchSettings } from '../fetch/index.js';
import type { FixtureServer } from '../fetch/testing/start-fixture-server.js';
import { serve, startFixtureServer } from '../fetch/testing/start-fixture-server.js';
import { fetchSource } from './fetch-source.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { resolveSource } from './resolve-source.js';
import type { RoundSummary } from './run-sources.js';
import { runDueSources, runSourcesContinuously } from './run-sources.js';
import { createStageTimer } from './stage-timer.js';

const page = (name: string) => readFileSync(join(import.meta.dirname, '__fixtures__', 'site', name));

let dir: string;
let server: FixtureServer;
let services: Services;
let fetcher: Fetcher;

const feedXml = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Quotidien du Rhône</title><link>${origin}/</link><language>fr</language><ttl>90</ttl>
<item><title>Le tramway de Lyon prolongé jusqu'à Vénissieux</title><link>${origin}/articles/tram.html</link><guid>tram</guid>
  <pubDate>Mon, 23 Nov 2026 07:30:00 +0100</pubDate><description>La ligne T6 ira jusqu'à Vénissieux.</description></item>
<item><title>Grève des éboueurs à Marseille</title><link>${origin}/articles/greve.html</link><guid>greve</guid>
  <description>Les déchets s'accumulent.</description></item>
<item><title>Article disparu</title><link>${origin}/articles/missing.html</link><guid>missing</guid>
  <description>Ce résumé reste quand la page a disparu : le conseil régional a voté un budget pour les lycées de la région.</description></item>
</channel></rss>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-sources-'));
  server = await startFixtureServer();
  const o = server.origin;
  // Site 1: a home page announcing its feed; the feed has summaries only, pages hold the text.
  server.route('/', serve(`<!doctype html><html lang="fr"><head><title>Le Quotidien du Rhône</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Accueil</body></html>`, { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/feed.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"feed-v1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-v1"', 'content-encoding': 'gzip' }).end(gzipSync(feedXml(o)));
  });
  server.route('/articles/tram.html', serve(page('article-fr-1.html'), { 'content-type': 'text/html; charset=utf-8' }));
  // Declared only in the page's <meta>: windows-1252.
  server.route('/articles/greve.html', serve(page('article-fr-2.html'), { 'content-type': 'text/html' }));
  // Site 2 (same server, other paths): no feed, a news sitemap announced in robots.txt.
  server.route('/robots.txt', serve(`User-agent: *\nDisallow: /private/\nSitemap: ${o}/news-sitemap.xml\n`, { 'content-type': 'text/plain' }));
  server.route('/nofeed', serve('<!doctype html><html lang="es"><head><title>Diario de Soria</title></head><body>Portada</body></html>', { 'content-type': 'text/html' }));
  server.route('/news-sitemap.xml', serve(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>${o}/noticias/estacion.html</loc><news:news><news:publication><news:name>Diario</news:name><news:language>es</news:language></news:publication><news:publication_date>2026-11-22T10:00:00+01:00</news:publication_date><news:title>Soria estrena su nueva estación de tren</news:title></news:news></url>
    <url><loc>${o}/private/secret.html</loc></url>
  </urlset>`, { 'content-type': 'application/xml' }));
  server.route('/noticias/estacion.html', serve(page('article-es.html'), { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/private/secret.html', serve(page('article-de.html'), { 'content-type': 'text/html; charset=utf-8' }));
  // Broken sources.
  server.route('/html-as-feed', serve('<!doctype html><html><body><h1>Bienvenue</h1></body></html>', { 'content-type': 'application/rss+xml' }));
  server.route('/slow-feed', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).write('<rss>'));
  server.route('/bomb-feed', serve(gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)), { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }));
  server.route('/loop-feed', serve('', { location: '/loop-feed-2' }, 302));
  server.route('/loop-feed-2', serve('', { location: '/loop-feed' }, 302));

  const config = loadConfig({ BABELWIRE_DB: join(dir, 'test.db'), BABELWIRE_TRANSLATE_TO: 'none', BABELWIRE_LANGUAGE_ENGINE: 'eld' });
  services = await openServices(config);
  fetcher = createFetcher({ ...defaultFetchSettings, allowPrivateAddresses: true, perHostDelayMs: 0, perHostConcurrency: 8, totalTimeoutMs: 4000, maxBodyBytes: 1024 * 1024 });
}, 60_000);

afterAll(async () => {
  await services?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('sources end to end on a local server', () => {
  it('adds a site by its home page (feed discovered) and a site without a feed (sitemap from robots.txt)', async () => {
    const site = await resolveSource({ url: server.url('/'), intervalMinutes: 30 }, fetcher);
    expect(site.source).toMatchObject({ url: server.url('/feed.xml'), kind: 'feed', name: 'Le Quotidien du Rhône', language: 'fr' });
    expect(site.how).toMatch(/discovered/);
    const noFeed = await resolveSource({ url: server.url('/nofeed'), intervalMinutes: 30, section: 'España' }, fetcher);
    expect(noFeed.source).toMatchObject({ url: server.url('/news-sitemap.xml'), kind: 'sitemap', name: 'Diario de Soria', language: 'es', section: 'España' });
    await services.store.addSource(site.source);
    await services.store.addSource(noFeed.source);
    for (const path of ['/html-as-feed', '/slow-feed', '/bomb-feed', '/loop-feed', '/gone-feed']) {
      await services.store.addSource({ url: server.url(path), kind: 'feed', name: path, language: null, section: null, intervalMinutes: 30 });
    }
  });

  it('fetches every due source once: pages for summary-only items, health recorded, failures isolated', async () => {
    const round = await runDueSources(services, { fetcher, cluster: null });
    expect(round.sources).toBe(7);
    const byUrl = new Map((await services.store.listSources()).map((s) => [s.url, s]));
    const feed = byUrl.get(server.url('/feed.xml'))!;
    expect(feed).toMatchObject({ lastError: null, consecutiveFailures: 0, etag: '"feed-v1"', articleCount: 3 });
    // The feed's ttl (90) lengthens the 30-minute interval.
    expect(Date.parse(feed.nextDueAt) - Date.parse(feed.lastFetchAt!)).toBeGreaterThanOrEqual(89 * 60_000);
    const sitemap = byUrl.get(server.url('/news-sitemap.xml'))!;
    expect(sitemap).toMatchObject({ lastError: null, articleCount: 1 });

    const articles = await services.store.listArticles({ limit: 50 });
    const titles = articles.map((a) => a.title).sort();
    expect(titles).toContain('Le tramway de Lyon prolongé jusqu\'à Vénissieux');
    // The feed's title is the hint; the page (windows-1252, declared only in its <meta>) gives the text.
    expect(titles).toContain('Grève des éboueurs à Marseille');
    expect(articles.find((a) => a.title.startsWith('Grève'))?.text).toContain('Les éboueurs de Marseille sont en grève depuis cinq jours');
    expect(titles).toContain('Soria estrena su nueva estación de tren');
    const tram = articles.find((a) => a.title.startsWith('Le tramway'))!;
    expect(tram.text).toContain('cent vingt millions d\'euros');
    expect(tram.language).toBe('fr');
    // A 404 page falls back to the feed's summary; robots.txt kept the private page out.
    expect(articles.some((a) => a.text.includes('budget pour les lycées'))).toBe(true);
    expect(articles.some((a) => a.title.includes('Fähre'))).toBe(false);
    expect(server.requests.some((r) => r.path === '/private/secret.html')).toBe(false);

    const errors = Object.fromEntries([...byUrl.values()].filter((s) => s.lastError).map((s) => [new URL(s.url).pathname, s.lastError]));
    expect(errors['/html-as-feed']).toMatch(/^sources: not a feed: the URL returned an HTML page/);
    expect(errors['/slow-feed']).toMatch(/^fetch: no complete answer within 4000 ms/);
    expect(errors['/bomb-feed']).toMatch(/^fetch: body larger than 1048576 bytes once decompressed/);
    expect(errors['/loop-feed']).toMatch(/^fetch: redirect loop/);
    expect(errors['/gone-feed']).toMatch(/^fetch: HTTP 404 Not Found/);
    for (const path of Object.keys(errors)) expect(byUrl.get(server.url(path))?.consecutiveFailures).toBe(1);
    expect(Object.keys(errors)).toHaveLength(5);
  }, 60_000);

  it('fetches again with the ETag (304), takes no item twice, and loses nothing when a source breaks', async () => {
    const before = (await services.store.stats()).articles;
    const feed = (await services.store.getSource(server.url('/feed.xml')))!;
    const pagesBefore = server.requests.filter((r) => r.path.startsWith('/articles/')).length;
    const notModified = await fetchSource(feed, fetcher, services, createStageTimer());
    expect(notModified).toMatchObject({ ok: true, notModified: true, ingested: 0 });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"feed-v1"');

    // The feed changes (new ETag) but lists the same items: none is fetched again.
    server.route('/feed.xml', serve(feedXml(server.origin), { 'content-type': 'application/rss+xml', etag: '"feed-v2"' }));
    const again = await fetchSource((await services.store.getSource(feed.id))!, fetcher, services, createStageTimer());
    expect(again).toMatchObject({ ok: true, notModified: false, newItems: 0, ingested: 0 });
    expect(server.requests.filter((r) => r.path.startsWith('/articles/')).length).toBe(pagesBefore);

    // Now it breaks: health records it, backs off, and the stored articles stay.
    server.route('/feed.xml', serve('<html><body>Maintenance</body></html>', { 'content-type': 'text/html' }, 503));
    const broken = await fetchSource((await services.store.getSource(feed.id))!, fetcher, services, createStageTimer());
    expect(broken.ok).toBe(false);
    const health = (await services.store.getSource(feed.id))!;
    expect(health).toMatchObject({ consecutiveFailures: 1, articleCount: 3 });
    expect(health.lastError).toMatch(/^fetch: HTTP 503/);
    expect((await services.store.stats()).articles).toBe(before);
  }, 30_000);

  it('runs continuously until stopped, taking full-text items from the feed without fetching their pages', async () => {
    const body = [
      'Le conseil régional de Bretagne a adopté vendredi un plan de dix ans pour protéger le littoral contre l’érosion, qui menace plusieurs villages de la côte nord.',
      'Le plan prévoit de déplacer certaines routes, de reconstituer les dunes et d’acheter des terrains exposés aux tempêtes, pour un coût total de trois cents millions d’euros.',
      'Les maires des communes concernées ont salué un texte attendu depuis longtemps, tout en réclamant une aide plus rapide pour les habitants dont les maisons sont déjà menacées.',
      'Les associations de défense de l’environnement jugent le plan trop lent et demandent l’interdiction immédiate de nouvelles constructions à moins de cent mètres du rivage.',
    ].map((p) => `<p>${p}</p>`).join('');
    server.route('/full.xml', serve(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Ouest Exemple</title>
      <item><title>La Bretagne adopte un plan contre l’érosion du littoral</title><link>${server.origin}/full/erosion</link><guid>erosion</guid>
      <pubDate>Fri, 20 Nov 2026 16:00:00 +0100</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item></channel></rss>`, { 'content-type': 'application/rss+xml' }));
    await services.store.addSource({ url: server.url('/full.xml'), kind: 'feed', name: null, language: null, section: null, intervalMinutes: 30 });
    const controller = new AbortController();
    const rounds: RoundSummary[] = [];
    const guard = setTimeout(() => controller.abort(), 20_000);
    await runSourcesContinuously(services, {
      fetcher,
      cluster: null,
      signal: controller.signal,
      idleMs: 200,
      onRound: (round) => {
        rounds.push(round);
        if (round.ingested > 0) controller.abort();
      },
    });
    clearTimeout(guard);
    expect(rounds.at(-1)).toMatchObject({ ingested: 1, failed: 0 });
    const source = (await services.store.getSource(server.url('/full.xml')))!;
    expect(source).toMatchObject({ name: null, articleCount: 1, lastError: null });
    const [article] = (await services.store.listArticles({ limit: 100 })).filter((a) => a.title.includes('érosion'));
    expect(article?.text).toContain('trois cents millions d’euros');
    expect(article?.sourceName).toBe('Ouest Exemple');
    expect(server.requests.some((r) => r.path === '/full/erosion')).toBe(false);
  }, 30_000);
});
