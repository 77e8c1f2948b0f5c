// Sitemaps (news and plain, indexes), feed autodiscovery and OPML round trips.
import { describe, expect, it } from 'vitest';
import { discoverFeeds, pageLanguage } from './discover-feeds.js';
import { readOpml, writeOpml } from './opml.js';
import { parseSitemapText } from './parse-sitemap.js';

describe('parseSitemapText', () => {
  it('reads a news sitemap with titles, dates and languages', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://noticias.example/a</loc><news:news><news:publication><news:name>Noticias</news:name><news:language>es</news:language></news:publication>
    <news:publication_date>2026-11-23T09:00:00+01:00</news:publication_date><news:title>El tren llega a Soria</news:title></news:news></url>
  <url><loc>/relative</loc><lastmod>2026-11-22</lastmod></url>
</urlset>`;
    const parsed = parseSitemapText(xml, 'https://noticias.example/news-sitemap.xml');
    expect(parsed).toEqual({
      kind: 'urlset',
      news: true,
      entries: [
        { url: 'https://noticias.example/a', title: 'El tren llega a Soria', publishedAt: '2026-11-23T09:00:00+01:00', language: 'es', lastModified: null },
        { url: 'https://noticias.example/relative', title: null, publishedAt: null, language: null, lastModified: '2026-11-22' },
      ],
    });
  });

  it('reads a sitemap index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://s.example/a.xml</loc></sitemap><sitemap><loc>https://s.example/b.xml</loc></sitemap></sitemapindex>`;
    expect(parseSitemapText(xml, 'https://s.example/sitemap.xml')).toEqual({ kind: 'index', sitemaps: ['https://s.example/a.xml', 'https://s.example/b.xml'] });
  });

  it('refuses an HTML page', () => {
    expect(() => parseSitemapText('<!doctype html><html><body>404</body></html>', 'https://s.example/sitemap.xml')).toThrow('sources: not a sitemap: the URL returned an HTML page (https://s.example/sitemap.xml)');
  });
});

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON feeds, article feeds before comment feeds, and the page language', () => {
    const html = `<html lang="pt-BR"><head>
      <link rel="alternate" type="application/rss+xml" title="Comentários" href="/comments/feed">
      <link rel="alternate" type="application/rss+xml" title="Notícias" href="/feed">
      <link rel="alternate" type="application/atom+xml" href="https://other.example/atom.xml">
      <link rel="alternate" type="application/json" href="/wp-json/oembed">
      <link rel="alternate" hreflang="en" href="/en/">
      <link rel="stylesheet" href="/style.css">
    </head><body></body></html>`;
    expect(discoverFeeds(html, 'https://jornal.example/home').map((f) => f.url)).toEqual([
      'https://jornal.example/feed',
      'https://other.example/atom.xml',
      'https://jornal.example/comments/feed',
    ]);
    expect(pageLanguage(html)).toBe('pt-BR');
  });
});

describe('OPML', () => {
  it('reads folders as sections and writes them back', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="World" title="World">
        <outline type="rss" text="Le Quotidien" xmlUrl="https://quotidien.example/rss" htmlUrl="https://quotidien.example/"/>
        <outline type="rss" text="Rundschau &amp; Co" xmlUrl="https://rundschau.example/feed.atom"/>
      </outline>
      <outline type="rss" text="Loose" xmlUrl="https://loose.example/feed"/>
      <outline text="No URL"/>
    </body></opml>`;
    const sources = readOpml(opml, 'mine.opml');
    expect(sources).toEqual([
      { url: 'https://quotidien.example/rss', name: 'Le Quotidien', section: 'World', language: null, kind: 'feed' },
      { url: 'https://rundschau.example/feed.atom', name: 'Rundschau & Co', section: 'World', language: null, kind: 'feed' },
      { url: 'https://loose.example/feed', name: 'Loose', section: null, language: null, kind: 'feed' },
    ]);
    const again = readOpml(writeOpml(sources, 'Babelwire sources'), 'export.opml');
    expect(again).toEqual(sources);
  });

  it('names the file when it is not OPML', () => {
    expect(() => readOpml('<html><body>nope</body></html>', 'bad.opml')).toThrow(/^sources: not an OPML file .*\(bad\.opml\)$/);
  });
});
