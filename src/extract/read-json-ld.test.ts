// Tests of JSON-LD reading: @graph, arrays, type lists, nested names and broken blocks.
import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from './read-json-ld.js';

describe('readJsonLdArticle', () => {
  it('finds the article inside @graph and reads nested values', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page' },
        {
          '@type': 'NewsArticle',
          headline: 'Bridge reopens',
          datePublished: '2024-03-01T17:45:00+01:00',
          author: [{ name: 'Mira Okafor' }, 'Tom Reyes', { name: 'Mira Okafor' }],
          publisher: { name: 'The Ledger' },
          image: [{ url: 'https://x.example/a.jpg' }],
          articleSection: ['Local', 'Transport'],
          mainEntityOfPage: { '@id': 'https://x.example/bridge' },
        },
      ],
    });
    expect(readJsonLdArticle([block])).toEqual({
      headline: 'Bridge reopens',
      datePublished: '2024-03-01T17:45:00+01:00',
      author: 'Mira Okafor, Tom Reyes',
      publisher: 'The Ledger',
      image: 'https://x.example/a.jpg',
      section: 'Local',
      url: 'https://x.example/bridge',
    });
  });

  it('accepts a top-level array, a list of types, and skips broken blocks', () => {
    const good = JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': ['ReportageNewsArticle'], headline: 'Report', url: 'https://x.example/r' }]);
    expect(readJsonLdArticle(['{ broken', good])).toMatchObject({ headline: 'Report', url: 'https://x.example/r', author: null });
  });

  it('returns null when no block describes an article', () => {
    expect(readJsonLdArticle([JSON.stringify({ '@type': 'Organization', name: 'X' })])).toBeNull();
    expect(readJsonLdArticle([])).toBeNull();
  });
});
