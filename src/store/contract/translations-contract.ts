// Store contract, translations: exact round-trips, upserts, filtering by target and ids, the segment cache, restarts.
import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../domain/index.js';
import type { CachedSegment } from '../../domain/index.js';
import type { CurrentStore, ReopenStore } from '../contract.js';
import { makeArticle, makeCacheKey, makeSegment, makeTranslation } from './fixtures.js';

/** More than one chunk of ids or keys, so implementations that batch IN (...) lists are exercised. */
const MANY = 1_200;

export function describeTranslationContract(current: CurrentStore, reopen: ReopenStore | null): void {
  const storedArticle = async () => (await current().insertArticle(makeArticle({ language: 'fr' }))).article;

  describe('translations', () => {
    it('round-trips a translation exactly, unicode included', async () => {
      const article = await storedArticle();
      const translation = makeTranslation(article.id, {
        title: 'Genève : « Zürich », Кремль, 東京 and 🇫🇷 — in one headline',
        text: 'Line one\nLine two with a tab\tand "quotes"\n\nΑθήνα, İstanbul, naïve café.',
        path: ['fr', 'ca', 'en'],
      });
      await current().saveTranslation(translation);
      expect(await current().listTranslations([article.id], 'en')).toStrictEqual([translation]);
    });

    it('round-trips a title-only translation (null text) and an empty path', async () => {
      const article = await storedArticle();
      const translation = makeTranslation(article.id, { text: null, path: [], quality: 'gloss', provider: 'gloss' });
      await current().saveTranslation(translation);
      expect(await current().listTranslations([article.id], 'en')).toStrictEqual([translation]);
    });

    it('replaces the translation of the same article and target, leaving other targets alone', async () => {
      const article = await storedArticle();
      const french = makeTranslation(article.id, { target: 'fr', quality: 'original', provider: 'none', path: [] });
      await current().saveTranslation(makeTranslation(article.id, { text: null }));
      await current().saveTranslation(french);
      const body = makeTranslation(article.id, { title: 'Better headline', text: 'Now with a body.', translatedAt: '2024-02-01T00:00:00+01:00' });
      await current().saveTranslation(body);
      expect(await current().listTranslations([article.id], 'en')).toStrictEqual([body]);
      expect(await current().listTranslations([article.id], 'fr')).toStrictEqual([french]);
    });

    it('lists only the asked articles in the asked target, leaving out those without one', async () => {
      const [a, b, c] = [await storedArticle(), await storedArticle(), await storedArticle()];
      const aEn = makeTranslation(a.id);
      const bEn = makeTranslation(b.id);
      const cEn = makeTranslation(c.id);
      const aFr = makeTranslation(a.id, { target: 'fr' });
      for (const t of [aEn, bEn, cEn, aFr]) await current().saveTranslation(t);
      const byId = (list: { articleId: string }[]) => [...list].sort((x, y) => x.articleId.localeCompare(y.articleId));
      expect(byId(await current().listTranslations([c.id, a.id, 'no-such-article'], 'en'))).toStrictEqual(byId([aEn, cEn]));
      expect(await current().listTranslations([a.id, b.id], 'fr')).toStrictEqual([aFr]);
      expect(await current().listTranslations([a.id, b.id], 'de')).toStrictEqual([]);
      // An id asked twice still gives one translation.
      expect(await current().listTranslations([b.id, b.id], 'en')).toStrictEqual([bEn]);
    });

    it('returns nothing for no ids', async () => {
      const article = await storedArticle();
      await current().saveTranslation(makeTranslation(article.id));
      expect(await current().listTranslations([], 'en')).toStrictEqual([]);
    });

    it('answers for more ids than one statement can bind', async () => {
      const [a, b] = [await storedArticle(), await storedArticle()];
      await current().saveTranslation(makeTranslation(a.id));
      await current().saveTranslation(makeTranslation(b.id));
      const ids = Array.from({ length: MANY }, (_, i) => `missing-${i}`);
      ids.splice(7, 0, a.id);
      ids.push(b.id);
      const found = await current().listTranslations(ids, 'en');
      expect(found.map((t) => t.articleId).sort()).toEqual([a.id, b.id].sort());
    });

    it('refuses a translation of an unknown article with a not-found error naming it', async () => {
      const error: unknown = await current()
        .saveTranslation(makeTranslation('no-such-article'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).message).toMatch(/^store: .*no-such-article/);
      expect(await current().listTranslations(['no-such-article'], 'en')).toStrictEqual([]);
    });

    it('refuses a translation time that is not ISO 8601', async () => {
      const article = await storedArticle();
      await expect(current().saveTranslation(makeTranslation(article.id, { translatedAt: 'yesterday' }))).rejects.toBeInstanceOf(
        InputError,
      );
      expect(await current().listTranslations([article.id], 'en')).toStrictEqual([]);
    });
  });

  describe('translation cache', () => {
    it('returns one answer per key in order, undefined for misses and nothing for no keys', async () => {
      const hit = makeSegment('The minister resigned.');
      await current().putCachedSegments([{ key: makeCacheKey(2), value: hit }]);
      const answers = await current().getCachedSegments([makeCacheKey(1), makeCacheKey(2), makeCacheKey(3), makeCacheKey(2)]);
      expect(answers).toStrictEqual([undefined, hit, undefined, hit]);
      expect(await current().getCachedSegments([])).toStrictEqual([]);
    });

    it('round-trips segments exactly, with or without a path, unicode included', async () => {
      const withPath = makeSegment('Zürich — 東京 🇯🇵\n«ok»');
      const withoutPath: CachedSegment = { text: 'Слово за слово', quality: 'gloss', provider: 'freedict' };
      await current().putCachedSegments([
        { key: makeCacheKey(1), value: withPath },
        { key: makeCacheKey(2, { from: 'ru', provider: 'gloss' }), value: withoutPath },
      ]);
      expect(await current().getCachedSegments([makeCacheKey(1), makeCacheKey(2, { from: 'ru', provider: 'gloss' })])).toStrictEqual([
        withPath,
        withoutPath,
      ]);
    });

    it('keys on all four of hash, source, target and provider', async () => {
      const key = makeCacheKey(5);
      await current().putCachedSegments([{ key, value: makeSegment('cached') }]);
      const near = [
        { ...key, textHash: makeCacheKey(6).textHash },
        { ...key, from: 'es' },
        { ...key, to: 'fr' },
        { ...key, provider: 'libretranslate' },
      ];
      expect(await current().getCachedSegments(near)).toStrictEqual([undefined, undefined, undefined, undefined]);
    });

    it('replaces an entry with the same key, and keeps the last of a key given twice in one call', async () => {
      await current().putCachedSegments([{ key: makeCacheKey(1), value: makeSegment('first') }]);
      const replaced: CachedSegment = { text: 'second', quality: 'original', provider: 'deepl' };
      await current().putCachedSegments([{ key: makeCacheKey(1), value: replaced }]);
      expect(await current().getCachedSegments([makeCacheKey(1)])).toStrictEqual([replaced]);

      await current().putCachedSegments([
        { key: makeCacheKey(2), value: makeSegment('early') },
        { key: makeCacheKey(2), value: makeSegment('late') },
      ]);
      expect(await current().getCachedSegments([makeCacheKey(2)])).toStrictEqual([makeSegment('late')]);
      await current().putCachedSegments([]);
    });

    it('stores and finds more entries than one statement can bind, misses in place', async () => {
      const entries = Array.from({ length: MANY }, (_, i) => ({
        key: makeCacheKey(2 * i, { provider: i % 2 === 0 ? 'apertium' : 'libretranslate' }),
        value: makeSegment(`segment ${i}`),
      }));
      await current().putCachedSegments(entries);
      const keys = entries.flatMap((e, i) => [e.key, makeCacheKey(2 * i + 1)]);
      const answers = await current().getCachedSegments(keys);
      expect(answers).toHaveLength(2 * MANY);
      expect(answers.filter((_, i) => i % 2 === 0)).toStrictEqual(entries.map((e) => e.value));
      expect(answers.filter((_, i) => i % 2 === 1).every((a) => a === undefined)).toBe(true);
    });
  });

  describe('translations across restarts and migrations', () => {
    it('keeps translations and cached segments when migrations run again', async () => {
      const article = await storedArticle();
      const translation = makeTranslation(article.id);
      const cached = makeSegment('kept');
      await current().saveTranslation(translation);
      await current().putCachedSegments([{ key: makeCacheKey(9), value: cached }]);
      await current().migrate();
      expect(await current().listTranslations([article.id], 'en')).toStrictEqual([translation]);
      expect(await current().getCachedSegments([makeCacheKey(9)])).toStrictEqual([cached]);
    });

    it.runIf(reopen !== null)('keeps translations and cached segments across close and reopen', async () => {
      const article = await storedArticle();
      const translation = makeTranslation(article.id, { title: 'Persisted: Genève 東京', text: null });
      const cached = makeSegment('survives a restart');
      await current().saveTranslation(translation);
      await current().putCachedSegments([{ key: makeCacheKey(11), value: cached }]);
      const reopened = await reopen!();
      expect(await reopened.listTranslations([article.id], 'en')).toStrictEqual([translation]);
      expect(await reopened.getCachedSegments([makeCacheKey(11), makeCacheKey(12)])).toStrictEqual([cached, undefined]);
    });
  });
}
