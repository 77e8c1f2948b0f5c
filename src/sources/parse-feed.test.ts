// Feed parsing across formats and languages, recovery of malformed XML, and clear errors when nothing is a feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { parseFeedText } from './parse-feed.js';

const fixture = (name: string) => {
  const bytes = readFileSync(join(import.meta.dirname, '__fixtures__', 'feeds', name));
  return decodeText(bytes, name).text;
};

describe('parseFeedText', () => {
  it('reads RSS 2.0 with content, creator, ttl, and an item with neither link nor date', () => {
    const feed = parseFeedText(fixture('rss2-fr.xml'), 'https://quotidien.example/rss');
    expect(feed).toMatchObject({ format: 'rss', title: 'Le Quotidien du Lac', language: 'fr', ttlMinutes: 45, recovered: false });
    expect(feed.items[0]).toMatchObject({
      key: 'qdl-1001',
      title: 'Le conseil municipal adopte le budget des écoles',
      link: 'https://quotidien.example/2026/11/budget-ecoles',
      publishedAt: 'Mon, 23 Nov 2026 08:15:00 +0100',
      author: 'Claire Dubois',
      summary: 'Un vote serré au conseil.',
    });
    const bare = feed.items[1]!;
    expect(bare).toMatchObject({ link: null, publishedAt: null, title: 'Sans lien ni date' });
    expect(bare.key).toMatch(/^sha1:[0-9a-f]{40}$/);
    // The key is stable, so the item is fetched once.
    expect(parseFeedText(fixture('rss2-fr.xml'), 'https://quotidien.example/rss').items[1]?.key).toBe(bare.key);
  });

  it('reads Atom 1.0 with relative links resolved against the feed URL', () => {
    const feed = parseFeedText(fixture('atom-de.xml'), 'https://rundschau.example/feed.atom');
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({
      key: 'urn:rundschau:42',
      link: 'https://rundschau.example/artikel/bruecke',
      publishedAt: '2026-11-23T06:30:00Z',
      author: 'Jonas Weber',
    });
  });

  it('reads Atom 0.3 dates', () => {
    const feed = parseFeedText(fixture('atom03.xml'), 'https://old.example/atom.xml');
    expect(feed.items[0]).toMatchObject({ link: 'https://old.example/e1', title: 'An entry from 0.3', publishedAt: '2026-11-20T09:00:00Z' });
  });

  it('reads RSS 1.0 (RDF) in ISO-8859-1 and RSS 0.91', () => {
    const rdf = parseFeedText(fixture('rdf-es.xml'), 'https://diario.example/rss');
    expect(rdf).toMatchObject({ format: 'rdf', title: 'Diario del Valle' });
    expect(rdf.items[0]).toMatchObject({ title: 'La alcaldía inaugura la biblioteca', publishedAt: '2026-11-22T18:00:00+01:00', link: 'https://diario.example/n/1' });
    const old = parseFeedText(fixture('rss091.xml'), 'https://ninety.example/rss');
    expect(old.items.map((i) => i.link)).toEqual(['https://ninety.example/1']);
  });

  it('reads JSON Feed 1.1, turning content_text into paragraphs', () => {
    const feed = parseFeedText(fixture('feed.json'), 'https://gazzetta.example/feed.json');
    expect(feed).toMatchObject({ format: 'json', language: 'it' });
    expect(feed.items[0]).toMatchObject({ key: 'gp-7', author: 'Marco Rossi', language: 'it' });
    expect(feed.items[0]?.contentHtml).toBe('<p>Il porto ha riaperto stamattina.</p>\n<p>Le navi sono tornate.</p>');
  });

  it('recovers malformed XML: stray ampersands, HTML entities, an unclosed tag', () => {
    const feed = parseFeedText(fixture('malformed.xml'), 'https://town.example/rss');
    expect(feed.recovered).toBe(true);
    expect(feed.title).toBe('Town & Country News');
    expect(feed.items[0]).toMatchObject({
      title: 'Fish & chips shop opens — queues form',
      link: 'https://town.example/a?x=1&y=2',
      summary: 'A café next door.',
    });
    expect(feed.items.length).toBeGreaterThanOrEqual(1);
  });

  it('says clearly when the URL returned an HTML page (a 404 page) or nothing', () => {
    expect(() => parseFeedText(fixture('not-found.html'), 'https://x.example/feed')).toThrow('sources: not a feed: the URL returned an HTML page (https://x.example/feed)');
    expect(() => parseFeedText('   ', 'https://x.example/feed')).toThrow('sources: not a feed: the response is empty (https://x.example/feed)');
    expect(() => parseFeedText('<catalog><book/></catalog>', 'https://x.example/feed')).toThrow(/^sources: not a feed, and nothing could be recovered/);
  });
});
