// Store contract, search: full-text matches in every script, accent folding, hostile input, ranking and paging.
import { describe, expect, it } from 'vitest';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeReason, makeStory } from './fixtures.js';

export function describeSearchContract(current: CurrentStore): void {
  const ids = async (query: string) => (await current().search(query, {})).map((hit) => hit.articleId).sort();

  describe('search', () => {
    it('finds articles by words of the title or the text, with hit details and a snippet', async () => {
      const summit = makeArticle({
        title: 'Leaders meet in Reykjavik',
        text: 'The foreign ministers held talks about the Arctic council on Wednesday evening.',
        language: 'en',
        sourceName: 'Nordic Wire',
        publishedAt: '2021-05-19T20:00:00Z',
      });
      const other = makeArticle({ title: 'Markets close higher', text: 'Stocks rose on Wednesday.' });
      await current().insertArticle(summit);
      await current().insertArticle(other);
      expect(await ids('reykjavik')).toEqual([summit.id]);
      expect(await ids('ARCTIC')).toEqual([summit.id]);
      expect(await ids('wednesday')).toEqual([other.id, summit.id].sort());
      const [hit] = await current().search('arctic council', {});
      expect(hit).toMatchObject({
        articleId: summit.id,
        storyId: null,
        title: summit.title,
        language: 'en',
        sourceName: 'Nordic Wire',
        publishedAt: '2021-05-19T20:00:00Z',
      });
      expect(typeof hit?.rank).toBe('number');
      expect(hit?.snippet.toLowerCase()).toContain('arctic');
      expect(hit?.snippet).not.toMatch(/<|>/);
    });

    it('requires every word of the query', async () => {
      const both = makeArticle({ text: 'Putin and Biden met in Geneva.' });
      const one = makeArticle({ text: 'Biden spoke in Washington.' });
      await current().insertArticle(both);
      await current().insertArticle(one);
      expect(await ids('biden geneva')).toEqual([both.id]);
      expect(await ids('biden')).toEqual([both.id, one.id].sort());
    });

    it('matches accented words with or without their accents', async () => {
      const accented = makeArticle({ title: 'Sommet à Genève', text: 'Les présidents se sont rencontrés.', language: 'fr' });
      const plain = makeArticle({ title: 'Summit in Geneve', text: 'Nothing else.' });
      await current().insertArticle(accented);
      await current().insertArticle(plain);
      expect(await ids('geneve')).toEqual([accented.id, plain.id].sort());
      expect(await ids('Genève')).toEqual([accented.id, plain.id].sort());
      expect(await ids('presidents rencontres')).toEqual([accented.id]);
      expect(await ids('GENÈVE')).toEqual([accented.id, plain.id].sort());
    });

    it('finds Cyrillic and Greek words regardless of case', async () => {
      const ru = makeArticle({ title: 'Путин встретился с Байденом', text: 'Переговоры прошли в Женеве.', language: 'ru' });
      const el = makeArticle({ title: 'Σύνοδος κορυφής', text: 'Η ΣΥΝΑΝΤΗΣΗ έγινε στη Γενεύη.', language: 'el' });
      await current().insertArticle(ru);
      await current().insertArticle(el);
      expect(await ids('путин')).toEqual([ru.id]);
      expect(await ids('ЖЕНЕВЕ')).toEqual([ru.id]);
      expect(await ids('συναντηση')).toEqual([el.id]);
    });

    it('matches the last word as a prefix while the user is still typing', async () => {
      const a = makeArticle({ text: 'Talks in Reykjavik ended early.' });
      await current().insertArticle(a);
      expect(await ids('reykj')).toEqual([a.id]);
      expect(await ids('talks reyk')).toEqual([a.id]);
      expect(await ids('reyk talks')).toEqual([]);
    });

    it('treats operators, quotes, column filters and SQL as plain text without throwing', async () => {
      const a = makeArticle({ title: 'NATO and the Biden-Putin summit', text: 'Not a drill: title says it all.' });
      await current().insertArticle(a);
      const hostile = [
        '"', '"unbalanced', 'nato"', "it's", 'AND', 'OR NOT', 'NEAR(nato summit)', '-nato', 'title:nato', 'nato:',
        '(nato', 'nato)', '*', 'nato*', '^nato', '{title text}: nato', "'; drop table articles; --", '\\', '+', '%_',
      ];
      for (const query of hostile) {
        await expect(current().search(query, {}), query).resolves.toBeInstanceOf(Array);
      }
      // `-` is not NOT and `:` is not a column filter: both are just separators here.
      expect(await ids('-nato')).toEqual([a.id]);
      expect(await ids('nato:')).toEqual([a.id]);
      expect(await ids('drill:title')).toEqual([a.id]);
      expect(await ids('"nato')).toEqual([a.id]);
      expect(await ids('biden-putin')).toEqual([a.id]);
      expect(await ids('not a drill')).toEqual([a.id]);
      expect((await current().stats()).articles).toBe(1);
    });

    it('returns nothing for an empty query or one without words', async () => {
      await current().insertArticle(makeArticle());
      expect(await current().search('', {})).toEqual([]);
      expect(await current().search('   ', {})).toEqual([]);
      expect(await current().search('"" -- ()', {})).toEqual([]);
    });

    it('ranks hits best first and pages through them', async () => {
      const strong = makeArticle({ title: 'Volcano erupts', text: 'The volcano erupted; volcano ash covers the volcano town.' });
      const weak = makeArticle({ title: 'Weather report', text: 'Rain tomorrow, and a volcano somewhere, the long report says at length.' });
      const middle = makeArticle({ title: 'Travel news', text: 'Flights resume after the volcano calmed down.' });
      for (const a of [weak, middle, strong]) await current().insertArticle(a);
      const hits = await current().search('volcano', {});
      expect(hits).toHaveLength(3);
      expect(hits[0]?.articleId).toBe(strong.id);
      for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.rank).toBeGreaterThanOrEqual(hits[i]!.rank);
      const page = await current().search('volcano', { limit: 1, offset: 1 });
      expect(page.map((h) => h.articleId)).toEqual([hits[1]?.articleId]);
    });

    it('reports the story a hit belongs to', async () => {
      const a = makeArticle({ text: 'Glacier melt accelerates.' });
      await current().insertArticle(a);
      const { story, profile } = makeStory('s-glacier');
      await current().saveStory(story, profile);
      await current().assignArticle(a.id, story.id, makeReason());
      expect((await current().search('glacier', {}))[0]?.storyId).toBe('s-glacier');
    });
  });
}
