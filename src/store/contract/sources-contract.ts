// Store contract, sources: add once per URL, find by id or URL, health updates, due order, seen items, removal.
import { describe, expect, it } from 'vitest';
import type { NewSource } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';

const feed = (over: Partial<NewSource> = {}): NewSource => ({
  url: 'https://quotidien.example/rss',
  kind: 'feed',
  name: 'Le Quotidien',
  language: 'fr',
  section: 'Monde',
  intervalMinutes: 30,
  ...over,
});

export function describeSourceContract(current: CurrentStore): void {
  describe('sources', () => {
    it('adds a source once per URL, due at once, and finds it by id or URL', async () => {
      const { source, created } = await current().addSource(feed());
      expect(created).toBe(true);
      expect(source).toMatchObject({ ...feed(), etag: null, lastError: null, consecutiveFailures: 0, articleCount: 0, articlesPerDay: 0, lastFetchAt: null });
      expect(source.id).toMatch(/^src-[0-9a-f]{12}$/);
      expect(Date.parse(source.nextDueAt)).toBeLessThanOrEqual(Date.now());
      const again = await current().addSource(feed({ name: 'Other name' }));
      expect(again).toEqual({ source, created: false });
      expect(await current().getSource(source.id)).toEqual(source);
      expect(await current().getSource(feed().url)).toEqual(source);
      expect(await current().getSource('src-000000000000')).toBeNull();
    });

    it('refuses an unknown kind or a bad interval', async () => {
      await expect(current().addSource(feed({ kind: 'podcast' as 'feed' }))).rejects.toThrow(/kind must be feed, sitemap or page/);
      await expect(current().addSource(feed({ intervalMinutes: 0 }))).rejects.toThrow(/fetch interval/);
    });

    it('records successes and failures on the health and lists due sources in order', async () => {
      const a = (await current().addSource(feed({ url: 'https://a.example/feed', section: 'B' }))).source;
      const b = (await current().addSource(feed({ url: 'https://b.example/feed', section: 'A' }))).source;
      const past = new Date(Date.now() - 60_000).toISOString();
      const later = new Date(Date.now() + 3_600_000).toISOString();
      await current().recordSourceFetch(a.id, { at: past, error: null, etag: '"e1"', lastModified: 'Mon, 23 Nov 2026 09:00:00 GMT', nextDueAt: later, newArticles: 3 });
      await current().recordSourceFetch(b.id, { at: past, error: 'fetch: HTTP 503 (https://b.example/feed)', nextDueAt: past, newArticles: 0 });
      await current().recordSourceFetch(b.id, { at: past, error: 'fetch: HTTP 503 (https://b.example/feed)', nextDueAt: past, newArticles: 0 });
      const storedA = await current().getSource(a.id);
      expect(storedA).toMatchObject({ etag: '"e1"', lastModified: 'Mon, 23 Nov 2026 09:00:00 GMT', lastError: null, consecutiveFailures: 0, articleCount: 3, lastSuccessAt: past, lastFetchAt: past, nextDueAt: later });
      expect(storedA!.articlesPerDay).toBe(3);
      const storedB = await current().getSource(b.id);
      expect(storedB).toMatchObject({ lastError: 'fetch: HTTP 503 (https://b.example/feed)', consecutiveFailures: 2, lastSuccessAt: null, etag: null });
      expect((await current().listDueSources(new Date().toISOString(), 10)).map((s) => s.id)).toEqual([b.id]);
      // A success after failures clears the error and keeps validators not mentioned.
      await current().recordSourceFetch(b.id, { at: past, error: null, nextDueAt: later, newArticles: 1 });
      expect(await current().getSource(b.id)).toMatchObject({ lastError: null, consecutiveFailures: 0, articleCount: 1 });
      await current().recordSourceFetch(a.id, { at: past, error: null, nextDueAt: later, newArticles: 0 });
      expect(await current().getSource(a.id)).toMatchObject({ etag: '"e1"' });
      expect((await current().listSources()).map((s) => s.section)).toEqual(['A', 'B']);
    });

    it('remembers seen item keys per source, so each item is taken once', async () => {
      const a = (await current().addSource(feed({ url: 'https://a.example/feed' }))).source;
      const b = (await current().addSource(feed({ url: 'https://b.example/feed' }))).source;
      const keys = Array.from({ length: 1200 }, (_, i) => `https://a.example/item/${i}`);
      expect(await current().filterUnseenItems(a.id, keys)).toEqual(keys);
      await current().markItemsSeen(a.id, keys.slice(0, 700), new Date().toISOString());
      await current().markItemsSeen(a.id, keys.slice(0, 10), new Date().toISOString());
      expect(await current().filterUnseenItems(a.id, keys)).toEqual(keys.slice(700));
      expect(await current().filterUnseenItems(b.id, keys.slice(0, 3))).toEqual(keys.slice(0, 3));
    });

    it('removes a source by URL or id with its seen items, and says when there was none', async () => {
      const a = (await current().addSource(feed())).source;
      await current().markItemsSeen(a.id, ['k1'], new Date().toISOString());
      expect(await current().removeSource(feed().url)).toBe(true);
      expect(await current().removeSource(a.id)).toBe(false);
      expect(await current().listSources()).toEqual([]);
      const again = (await current().addSource(feed())).source;
      expect(await current().filterUnseenItems(again.id, ['k1'])).toEqual(['k1']);
    });
  });
}
