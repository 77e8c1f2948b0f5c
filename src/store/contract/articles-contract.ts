// Store contract, articles: idempotent insert, exact round-trips, listing order and filters, days, migrations.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeReason, makeStory } from './fixtures.js';

export function describeArticleContract(current: CurrentStore): void {
  describe('articles', () => {
    it('inserts a new article and returns it with no story', async () => {
      const input = makeArticle();
      const result = await current().insertArticle(input);
      expect(result.created).toBe(true);
      expect(result.article).toEqual({ ...input, storyId: null });
      expect(await current().getArticle(input.id)).toEqual({ ...input, storyId: null });
    });

    it('returns the stored article, not a copy, when the same id comes again', async () => {
      const first = makeArticle({ title: 'Original title' });
      await current().insertArticle(first);
      const again = await current().insertArticle({ ...first, title: 'Changed title', contentHash: 'other-hash' });
      expect(again.created).toBe(false);
      expect(again.article.title).toBe('Original title');
      expect((await current().stats()).articles).toBe(1);
    });

    it('returns the stored article when another id carries the same content hash', async () => {
      const first = makeArticle({ contentHash: 'same-content' });
      await current().insertArticle(first);
      const copy = makeArticle({ contentHash: 'same-content', url: 'https://mirror.example/x' });
      const result = await current().insertArticle(copy);
      expect(result.created).toBe(false);
      expect(result.article.id).toBe(first.id);
      expect(await current().getArticle(copy.id)).toBeNull();
    });

    it('creates an article once when the same one is inserted concurrently', async () => {
      const input = makeArticle();
      const results = await Promise.all([1, 2, 3, 4].map(() => current().insertArticle(input)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(results.every((r) => r.article.id === input.id)).toBe(true);
    });

    it('round-trips JSON fields, nulls, offsets and unusual characters exactly', async () => {
      const input = makeArticle({
        id: `it's "quoted"; drop table articles; --`,
        url: null,
        sourceName: null,
        credits: ['AFP', 'Reuters'],
        author: 'Zoë O’Brien',
        section: 'Monde',
        imageUrl: 'https://img.example/a.jpg?x=1&y=2',
        title: 'Путин и Байден в Женеве',
        lead: 'Первая встреча за три года — «без иллюзий».',
        text: 'Première ligne.\n\nDeuxième ligne — avec « guillemets » et emoji 🌍.',
        language: 'ru',
        languageConfidence: 0.987654321,
        publishedAt: '2021-06-16T13:05:00+02:00',
        publishedAtOrigin: 'jsonld',
        entities: [
          { id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', surfaces: ['Путин', 'Путина'], count: 3, inTitle: true },
          { id: 'place:geneva', kind: 'place', name: 'Geneva', surfaces: ['Женеве'], count: 1, inTitle: true },
        ],
        dates: ['2021-06-16', '2021-06-17'],
        terms: [
          { term: 'саммит', weight: 0.4123 },
          { term: 'встреч', weight: 1e-7 },
        ],
      });
      await current().insertArticle(input);
      expect(await current().getArticle(input.id)).toEqual({ ...input, storyId: null });
    });

    it('returns null for an unknown article', async () => {
      expect(await current().getArticle('no-such-article')).toBeNull();
    });

    it('rejects an article whose timestamps are not ISO 8601', async () => {
      await expect(current().insertArticle(makeArticle({ publishedAt: 'last Tuesday' }))).rejects.toBeInstanceOf(InputError);
      await expect(current().insertArticle(makeArticle({ ingestedAt: 'soon' }))).rejects.toBeInstanceOf(InputError);
      expect((await current().stats()).articles).toBe(0);
    });

    it('lists articles in publication order, undated last, then in ingestion order', async () => {
      const late = makeArticle({ publishedAt: '2021-05-22T08:00:00Z' });
      const undatedEarly = makeArticle({ publishedAt: null, publishedAtOrigin: 'none', ingestedAt: '2024-01-01T00:00:00Z' });
      const undatedLate = makeArticle({ publishedAt: null, publishedAtOrigin: 'none', ingestedAt: '2024-01-02T00:00:00Z' });
      // 23:30 at UTC-05:00 is 04:30 UTC the next day: earlier than `late`, later than `early`.
      const offset = makeArticle({ publishedAt: '2021-05-20T23:30:00-05:00' });
      const early = makeArticle({ publishedAt: '2021-05-21T01:00:00Z' });
      for (const a of [undatedLate, late, undatedEarly, offset, early]) await current().insertArticle(a);
      const ids = (await current().listArticles({})).map((a) => a.id);
      expect(ids).toEqual([early.id, offset.id, late.id, undatedEarly.id, undatedLate.id]);
      const page = await current().listArticles({ limit: 2, offset: 1 });
      expect(page.map((a) => a.id)).toEqual([offset.id, late.id]);
    });

    it('files an article under the UTC day of publication, or of ingestion when undated', async () => {
      const shifted = makeArticle({ publishedAt: '2021-05-20T23:30:00-05:00' });
      const undated = makeArticle({ publishedAt: null, publishedAtOrigin: 'none', ingestedAt: '2021-05-21T12:00:00Z' });
      const other = makeArticle({ publishedAt: '2021-05-20T12:00:00Z' });
      for (const a of [shifted, undated, other]) await current().insertArticle(a);
      const onDay = await current().listArticles({ day: '2021-05-21' });
      expect(onDay.map((a) => a.id).sort()).toEqual([shifted.id, undated.id].sort());
      expect((await current().listArticles({ day: '2021-05-20' })).map((a) => a.id)).toEqual([other.id]);
      await expect(current().listArticles({ day: '21/05/2021' })).rejects.toBeInstanceOf(InputError);
    });

    it('filters articles by story and by not yet clustered', async () => {
      const a = makeArticle();
      const b = makeArticle();
      await current().insertArticle(a);
      await current().insertArticle(b);
      const { story, profile } = makeStory('story-1');
      await current().saveStory(story, profile);
      await current().assignArticle(a.id, story.id, makeReason({ founder: true }));
      expect((await current().listArticles({ storyId: story.id })).map((x) => x.id)).toEqual([a.id]);
      expect((await current().listArticles({ unclustered: true })).map((x) => x.id)).toEqual([b.id]);
      expect((await current().getArticle(a.id))?.storyId).toBe(story.id);
    });

    it('rejects negative or fractional limits and offsets', async () => {
      await expect(current().listArticles({ limit: -1 })).rejects.toBeInstanceOf(InputError);
      await expect(current().listArticles({ offset: 1.5 })).rejects.toBeInstanceOf(InputError);
    });

    it('summarises days newest first with article and distinct story counts', async () => {
      const a = makeArticle({ publishedAt: '2021-05-20T10:00:00Z' });
      const b = makeArticle({ publishedAt: '2021-05-20T11:00:00Z' });
      const c = makeArticle({ publishedAt: '2021-05-20T12:00:00Z' });
      const d = makeArticle({ publishedAt: '2021-05-22T12:00:00Z' });
      for (const x of [a, b, c, d]) await current().insertArticle(x);
      const s = makeStory('story-days');
      await current().saveStory(s.story, s.profile);
      await current().assignArticle(a.id, 'story-days', makeReason());
      await current().assignArticle(b.id, 'story-days', makeReason());
      expect(await current().listDays()).toEqual([
        { day: '2021-05-22', articles: 1, stories: 0 },
        { day: '2021-05-20', articles: 3, stories: 1 },
      ]);
    });

    it('migrates again without losing or duplicating anything', async () => {
      const input = makeArticle();
      await current().insertArticle(input);
      await current().migrate();
      await current().migrate();
      expect(await current().getArticle(input.id)).toEqual({ ...input, storyId: null });
      expect((await current().stats()).articles).toBe(1);
    });
  });
}
