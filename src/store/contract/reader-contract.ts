// Store contract, reader site: content version, trend inputs, entity pages, sections, sources and search across languages.
import { describe, expect, it } from 'vitest';
import type { EntityMention, NewArticle } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeReason, makeStory, makeTranslation } from './fixtures.js';

const putin: EntityMention = {
  id: 'person:vladimir-putin',
  kind: 'person',
  name: 'Vladimir Putin',
  surfaces: ['Poutine', 'Vladimir Poutine'],
  count: 2,
  inTitle: true,
};
const iceland: EntityMention = { id: 'place:iceland', kind: 'place', name: 'Iceland', surfaces: ['Islande'], count: 1, inTitle: false };

export function describeReaderContract(current: CurrentStore): void {
  /** Stores the articles and puts each in its story (saving the story first). */
  const seed = async (items: { article: NewArticle; storyId: string | null }[]) => {
    const savedStories = new Set<string>();
    for (const { article, storyId } of items) {
      await current().insertArticle(article);
      if (!storyId) continue;
      if (!savedStories.has(storyId)) {
        const { story, profile } = makeStory(storyId, { leadArticleId: article.id, last: article.publishedAt });
        await current().saveStory(story, profile);
        savedStories.add(storyId);
      }
      await current().assignArticle(article.id, storyId, makeReason());
    }
  };

  describe('reader site', () => {
    it('changes the content version when an article, a story, an assignment or a translation is written', async () => {
      const store = current();
      const versions = [await store.contentVersion()];
      const article = makeArticle();
      await store.insertArticle(article);
      versions.push(await store.contentVersion());
      const { story, profile } = makeStory('s-version', { leadArticleId: article.id });
      await store.saveStory(story, profile);
      versions.push(await store.contentVersion());
      await store.assignArticle(article.id, 's-version', makeReason());
      versions.push(await store.contentVersion());
      await store.saveTranslation(makeTranslation(article.id, { translatedAt: '2030-01-01T00:00:00.000Z' }));
      versions.push(await store.contentVersion());
      expect(new Set(versions).size).toBe(versions.length);
      // Reading does not change it.
      await store.listStories({});
      expect(await store.contentVersion()).toBe(versions.at(-1));
    });

    it('counts per story the articles, outlets and languages published in a window', async () => {
      await seed([
        { article: makeArticle({ publishedAt: '2021-05-20T10:00:00Z', sourceName: 'A', language: 'en' }), storyId: 's1' },
        { article: makeArticle({ publishedAt: '2021-05-20T11:00:00Z', sourceName: 'B', language: 'fr' }), storyId: 's1' },
        { article: makeArticle({ publishedAt: '2021-05-20T12:00:00+02:00', sourceName: 'B', language: 'fr' }), storyId: 's1' },
        { article: makeArticle({ publishedAt: '2021-05-18T10:00:00Z' }), storyId: 's2' },
        { article: makeArticle({ publishedAt: '2021-05-20T10:30:00Z' }), storyId: null },
      ]);
      const activity = await current().listStoryActivity('2021-05-20T00:00:00.000Z', '2021-05-21T00:00:00.000Z');
      expect(activity).toEqual([{ storyId: 's1', articles: 3, outlets: 2, languages: 2, lastPublishedUtc: '2021-05-20T11:00:00.000Z' }]);
      // The same pass also counts the articles from a later moment on (the front page's last 24 h in its 48 h).
      const withRecent = await current().listStoryActivity('2021-05-18T00:00:00.000Z', '2021-05-21T00:00:00.000Z', '2021-05-20T10:30:00.000Z');
      expect(withRecent.map((a) => [a.storyId, a.articles, a.recent]).sort()).toEqual([
        ['s1', 3, 1],
        ['s2', 1, 0],
      ]);
      expect(await current().latestPublication()).toBe('2021-05-20T11:00:00.000Z');
    });

    it('finds an entity, counts its mentions in a window and lists its stories latest first', async () => {
      await seed([
        { article: makeArticle({ publishedAt: '2021-05-19T10:00:00Z', entities: [putin] }), storyId: 'old' },
        { article: makeArticle({ publishedAt: '2021-05-21T10:00:00Z', entities: [putin, iceland, putin] }), storyId: 'new' },
        { article: makeArticle({ publishedAt: '2021-05-21T11:00:00Z', entities: [iceland] }), storyId: 'other' },
      ]);
      expect(await current().getEntity('person:vladimir-putin')).toEqual({ id: putin.id, name: 'Vladimir Putin', kind: 'person', articles: 2 });
      expect(await current().getEntity('person:nobody')).toBeNull();
      const counts = await current().countEntityMentions('2021-05-21T00:00:00.000Z', '2021-05-22T00:00:00.000Z', 10);
      expect(counts.map((c) => [c.id, c.articles])).toEqual([
        ['place:iceland', 2],
        ['person:vladimir-putin', 1],
      ]);
      // Two periods in one pass: mentions on the 21st, and on the day before; only entities mentioned in the later one.
      const trend = await current().compareEntityMentions('2021-05-19T00:00:00.000Z', '2021-05-21T00:00:00.000Z', '2021-05-22T00:00:00.000Z', 10);
      expect(trend).toEqual([
        { id: 'place:iceland', name: 'Iceland', kind: 'place', now: 2, before: 0 },
        { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'person', now: 1, before: 1 },
      ]);
      expect(await current().compareEntityMentions('2021-05-19T00:00:00.000Z', '2021-05-21T00:00:00.000Z', '2021-05-22T00:00:00.000Z', 1)).toHaveLength(1);
      expect(await current().compareEntityMentions('2021-05-21T00:00:00.000Z', '2021-05-22T00:00:00.000Z', '2021-05-23T00:00:00.000Z', 10)).toEqual([]);
      expect((await current().listEntityStories(putin.id, {})).map((s) => s.id)).toEqual(['new', 'old']);
      expect((await current().listEntityStories(putin.id, { limit: 1, offset: 1 })).map((s) => s.id)).toEqual(['old']);
    });

    it('reads several articles and stories by id at once, in the order asked, leaving unknown ids out', async () => {
      await seed([
        { article: makeArticle({ id: 'b1' }), storyId: 'sb1' },
        { article: makeArticle({ id: 'b2' }), storyId: 'sb2' },
        { article: makeArticle({ id: 'b3' }), storyId: null },
      ]);
      expect((await current().getArticles(['b3', 'missing', 'b1', 'b3'])).map((a) => a.id)).toEqual(['b3', 'b1']);
      expect(await current().getArticles(['b2'])).toEqual([await current().getArticle('b2')]);
      expect(await current().getArticles([])).toEqual([]);
      expect((await current().getStories(['sb2', 'nope', 'sb1'])).map((s) => s.id)).toEqual(['sb2', 'sb1']);
      expect(await current().getStories(['sb1'])).toEqual([await current().getStory('sb1')]);
      expect(await current().getStories([])).toEqual([]);
    });

    it('lists sections and sources, and articles of one, newest first', async () => {
      await seed([
        { article: makeArticle({ id: 'w1', section: 'World', sourceName: 'Le Monde', publishedAt: '2021-05-19T10:00:00Z' }), storyId: null },
        { article: makeArticle({ id: 'w2', section: 'World', sourceName: 'BBC', publishedAt: '2021-05-21T10:00:00Z' }), storyId: null },
        { article: makeArticle({ id: 'e1', section: 'Economy', sourceName: 'BBC', publishedAt: '2021-05-20T10:00:00Z' }), storyId: null },
        { article: makeArticle({ id: 'n1', section: null, sourceName: null }), storyId: null },
      ]);
      expect(await current().listSections()).toEqual([
        { name: 'World', articles: 2, lastPublishedUtc: '2021-05-21T10:00:00.000Z' },
        { name: 'Economy', articles: 1, lastPublishedUtc: '2021-05-20T10:00:00.000Z' },
      ]);
      expect((await current().listSourceShelves()).map((s) => [s.name, s.articles])).toEqual([
        ['BBC', 2],
        ['Le Monde', 1],
      ]);
      expect((await current().listArticles({ section: 'World', newestFirst: true })).map((a) => a.id)).toEqual(['w2', 'w1']);
      expect((await current().listArticles({ sourceName: 'BBC' })).map((a) => a.id)).toEqual(['e1', 'w2']);
    });

    it('finds a French article from an English query through its translation and through entity aliases, with filters', async () => {
      const fr = makeArticle({
        id: 'fr-1',
        language: 'fr',
        sourceName: 'Le Monde',
        title: 'Poutine rencontre les ministres',
        text: 'Le sommet de l’Arctique s’ouvre à Reykjavik.',
        entities: [putin],
        publishedAt: '2021-05-20T10:00:00Z',
      });
      const en = makeArticle({ id: 'en-1', title: 'Arctic summit opens', text: 'Ministers meet in Reykjavik.', publishedAt: '2021-05-22T10:00:00Z' });
      await seed([
        { article: fr, storyId: null },
        { article: en, storyId: null },
      ]);
      await current().saveTranslation(makeTranslation('fr-1', { title: 'Putin meets the ministers', text: 'The Arctic summit opens in Reykjavik.' }));

      const arctic = await current().searchAcrossLanguages({ text: 'arctic summit' });
      expect(arctic.map((h) => h.articleId).sort()).toEqual(['en-1', 'fr-1']);
      expect(arctic.find((h) => h.articleId === 'fr-1')?.matchedBy).toEqual(['translation']);
      expect(arctic.find((h) => h.articleId === 'en-1')?.matchedBy).toContain('text');

      const byAlias = await current().searchAcrossLanguages({ text: 'Putin' });
      expect(byAlias.map((h) => h.articleId)).toEqual(['fr-1']);
      expect(byAlias[0]?.matchedBy.sort()).toEqual(['entity', 'translation']);

      expect((await current().searchAcrossLanguages({ text: 'arctic', language: 'fr' })).map((h) => h.articleId)).toEqual(['fr-1']);
      expect((await current().searchAcrossLanguages({ text: 'arctic', sourceName: 'Le Monde' })).map((h) => h.articleId)).toEqual(['fr-1']);
      expect((await current().searchAcrossLanguages({ text: 'arctic', fromDay: '2021-05-21' })).map((h) => h.articleId)).toEqual(['en-1']);
      expect((await current().searchAcrossLanguages({ text: 'arctic', toDay: '2021-05-20' })).map((h) => h.articleId)).toEqual(['fr-1']);
      expect(await current().searchAcrossLanguages({ text: '100% _' })).toEqual([]);
    });
  });
}
