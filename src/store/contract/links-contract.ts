// Store contract, article links and fingerprints: several URLs per article, lookup by canonical URL, near fingerprints.
import { describe, expect, it } from 'vitest';
import type { ArticleFingerprint, ArticleLink } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeArticle } from './fixtures.js';

function makeLink(articleId: string, overrides: Partial<ArticleLink> = {}): ArticleLink {
  return {
    articleId,
    url: 'https://news.example/politik/wahl?utm_source=rss',
    urlKey: 'news.example/politik/wahl',
    sourceName: 'Example News',
    seenAt: '2024-05-02T08:00:00Z',
    ...overrides,
  };
}

function makeFingerprint(articleId: string, fingerprint: string, overrides: Partial<ArticleFingerprint> = {}): ArticleFingerprint {
  return { articleId, fingerprint, host: 'news.example', sourceName: 'Example News', nearCopyOf: null, ...overrides };
}

export function describeLinksContract(current: CurrentStore): void {
  const stored = async () => (await current().insertArticle(makeArticle())).article;

  describe('article links', () => {
    it('keeps every URL an article was reached by, first seen first, and ignores a repeated one', async () => {
      const article = await stored();
      const feed = makeLink(article.id, { url: 'https://news.example/politik/wahl?fbclid=x', sourceName: 'Feed B', seenAt: '2024-05-02T09:30:00+02:00' });
      const first = makeLink(article.id);
      expect(await current().addArticleLink(first)).toBe(true);
      expect(await current().addArticleLink(feed)).toBe(true);
      expect(await current().addArticleLink({ ...first, seenAt: '2024-06-01T00:00:00Z' })).toBe(false);
      expect(await current().listArticleLinks(article.id)).toStrictEqual([first, feed]);
      expect(await current().listArticleLinks('unknown')).toStrictEqual([]);
    });

    it('finds the article by canonical URL', async () => {
      const article = await stored();
      await current().addArticleLink(makeLink(article.id));
      expect(await current().findArticleByUrlKey('news.example/politik/wahl')).toBe(article.id);
      expect(await current().findArticleByUrlKey('news.example/politik/other')).toBeNull();
    });

    it('refuses a link to an article that is not stored', async () => {
      await expect(current().addArticleLink(makeLink('no-such-article'))).rejects.toThrow();
    });
  });

  describe('article fingerprints', () => {
    it('finds fingerprints that share a band, not others, and round-trips them', async () => {
      const [a, b, c] = [await stored(), await stored(), await stored()];
      const near = makeFingerprint(a.id, '0123456789abcdef');
      const copy = makeFingerprint(b.id, '0123456789abcd00', { host: 'other.example', sourceName: null, nearCopyOf: a.id });
      const far = makeFingerprint(c.id, 'fedcba9876543210', { host: null });
      for (const record of [near, copy, far]) await current().saveFingerprint(record);
      const found = await current().findNearFingerprints('0123456789abcdee', 10);
      expect(found).toStrictEqual([near, copy].sort((x, y) => (x.articleId < y.articleId ? -1 : 1)));
      expect(await current().findNearFingerprints('f0f0f0f0f0f0f0f0', 10)).toStrictEqual([]);
      expect(await current().findNearFingerprints('0123456789abcdee', 1)).toHaveLength(1);
      expect(await current().listFingerprints([c.id, b.id, 'unknown'])).toStrictEqual([copy, far].sort((x, y) => (x.articleId < y.articleId ? -1 : 1)));
      expect(await current().listFingerprints([])).toStrictEqual([]);
    });

    it('replaces a fingerprint and its bands', async () => {
      const article = await stored();
      await current().saveFingerprint(makeFingerprint(article.id, '0123456789abcdef'));
      const replaced = makeFingerprint(article.id, 'fedcba9876543210', { nearCopyOf: null, sourceName: 'Renamed' });
      await current().saveFingerprint(replaced);
      expect(await current().findNearFingerprints('0123456789abcdef', 10)).toStrictEqual([]);
      expect(await current().findNearFingerprints('fedcba9876543210', 10)).toStrictEqual([replaced]);
    });
  });
}
