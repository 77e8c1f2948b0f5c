import { describe, expect, it } from 'vitest';
import { normaliseArticleUrl, readOutletHost } from './normalise-article-url.js';

describe('normaliseArticleUrl', () => {
  it('makes tracking, AMP and mobile variants of a page equal', () => {
    const canonical = normaliseArticleUrl('https://www.example-news.org/politik/2024/05/wahl-ergebnis');
    const variants = [
      'https://www.example-news.org/politik/2024/05/wahl-ergebnis?utm_source=rss&utm_medium=feed&utm_campaign=x',
      'http://example-news.org/politik/2024/05/wahl-ergebnis/?fbclid=IwAR0abc#comments',
      'https://m.example-news.org/politik/2024/05/wahl-ergebnis?gclid=abc',
      'https://amp.example-news.org/politik/2024/05/wahl-ergebnis',
      'https://www.example-news.org/politik/2024/05/wahl-ergebnis/amp/',
      'https://www.example-news.org/politik/2024/05/wahl-ergebnis.amp.html',
      'https://www.example-news.org/amp/politik/2024/05/wahl-ergebnis',
      'https://www.example-news.org/politik/2024/05/wahl-ergebnis?outputType=amp',
      'HTTPS://WWW.EXAMPLE-NEWS.ORG:443/politik/2024/05/wahl-ergebnis',
    ];
    expect(canonical).toBe('example-news.org/politik/2024/05/wahl-ergebnis');
    for (const variant of variants) expect(normaliseArticleUrl(variant), variant).toBe(canonical);
  });

  it('keeps parameters that name the page, sorted', () => {
    expect(normaliseArticleUrl('https://example.org/article.php?page=2&id=17&utm_term=a')).toBe('example.org/article.php?id=17&page=2');
    expect(normaliseArticleUrl('https://example.org/article.php?id=17')).not.toBe(normaliseArticleUrl('https://example.org/article.php?id=18'));
  });

  it('treats a site home and a single-label-after-prefix host sensibly, and refuses what is not http(s)', () => {
    expect(normaliseArticleUrl('https://www.example.org/')).toBe('example.org/');
    expect(normaliseArticleUrl('https://m.co/story')).toBe('m.co/story');
    expect(normaliseArticleUrl('mailto:desk@example.org')).toBeNull();
    expect(normaliseArticleUrl('not a url')).toBeNull();
    expect(normaliseArticleUrl(null)).toBeNull();
  });

  it('reads the outlet host without edition prefixes', () => {
    expect(readOutletHost('https://amp.lemonde.example/international/article/x.html')).toBe('lemonde.example');
    expect(readOutletHost(null)).toBeNull();
  });
});
