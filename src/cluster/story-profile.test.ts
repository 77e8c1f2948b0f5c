// Story profiles: weights add up across members, languages and dates are counted, size stays bounded.
import { describe, expect, it } from 'vitest';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { addToProfile, articleKeys, isWordKey, LANGUAGE_PREFIX, profileArticle } from './index.js';

describe('addToProfile', () => {
  it('starts a profile from one article', () => {
    const article = makeArticle('a', {
      language: 'fr',
      entities: [mention('person:a-b')],
      terms: weightTerms(['x']),
      dates: ['2021-05-19', '2021-05-19'],
      publishedAt: '2021-05-20T10:00:00.000Z',
    });
    const profile = addToProfile(null, 's_1', article);
    expect(profile).toEqual({
      storyId: 's_1',
      articleCount: 1,
      keys: { ...articleKeys(article), [`${LANGUAGE_PREFIX}fr`]: 1 },
      dates: { '2021-05-19': 1 },
      firstPublishedAt: '2021-05-20T10:00:00.000Z',
      lastPublishedAt: '2021-05-20T10:00:00.000Z',
    });
  });

  it('adds weights, counts languages and dates, and widens the publication span', () => {
    const first = makeArticle('a', { entities: [mention('person:a-b')], dates: ['--05-19'], publishedAt: '2021-05-20T10:00:00Z' });
    const second = makeArticle('b', {
      language: 'de',
      entities: [mention('person:a-b'), mention('place:c')],
      dates: ['--05-19'],
      publishedAt: '2021-05-18T10:00:00Z',
    });
    const third = makeArticle('c', { entities: [mention('place:c')], publishedAt: null });
    const profile = [first, second, third].reduce<ReturnType<typeof profileArticle> | null>(
      (p, a) => addToProfile(p, 's_1', a),
      null,
    );
    expect(profile?.articleCount).toBe(3);
    expect(profile?.keys['e:person:a-b']).toBe(2);
    expect(profile?.keys['e:place:c']).toBe(2);
    expect(profile?.keys['l:en']).toBe(2);
    expect(profile?.keys['l:de']).toBe(1);
    expect(profile?.dates).toEqual({ '--05-19': 2 });
    expect(profile?.firstPublishedAt).toBe('2021-05-18T10:00:00Z');
    expect(profile?.lastPublishedAt).toBe('2021-05-20T10:00:00Z');
  });

  it('keeps at most maxKeys keys, the strongest, plus the language counts', () => {
    let profile = null;
    for (let i = 0; i < 30; i++) {
      const entities = Array.from({ length: 20 }, (_, j) => mention(`person:p${i}-${j}`, { count: j === 0 ? 5 : 1 }));
      profile = addToProfile(profile, 's_big', makeArticle(`a${i}`, { entities, language: i % 2 ? 'fr' : 'en' }));
    }
    const keys = Object.keys(profile?.keys ?? {});
    // Word keys of the texts are bounded apart (maxWordKeys).
    expect(keys.filter((k) => !k.startsWith(LANGUAGE_PREFIX) && !isWordKey(k))).toHaveLength(200);
    expect(keys).toEqual(expect.arrayContaining(['l:en', 'l:fr']));
    // Every article's strongest entity survives the cut.
    for (let i = 0; i < 30; i++) expect(keys).toContain(`e:person:p${i}-0`);
    expect(profile?.articleCount).toBe(30);
  });

  it('keeps at most maxDates days: the most mentioned, then the latest', () => {
    let profile = null;
    for (let i = 1; i <= 5; i++) {
      const dates = ['2021-03-01', `2021-02-0${i}`];
      profile = addToProfile(profile, 's_d', makeArticle(`a${i}`, { dates }), { maxKeys: 200, maxWordKeys: 0, maxDates: 3 });
    }
    expect(profile?.dates).toEqual({ '2021-02-04': 1, '2021-02-05': 1, '2021-03-01': 5 });
  });

  it('does not change the profile it is given', () => {
    const profile = profileArticle(makeArticle('a', { entities: [mention('person:a-b')] }));
    const copy = structuredClone(profile);
    addToProfile(profile, profile.storyId, makeArticle('b', { entities: [mention('person:a-b')] }));
    expect(profile).toEqual(copy);
  });
});
