// Similarity by signal: entities across languages, IDF for common entities, terms within a language, numbers, time and the date veto.
import { describe, expect, it } from 'vitest';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { addToProfile, explainPair, makeClusterSettings, profileArticle, scoreAgainstProfile, SIGNALS } from './index.js';
import type { KeyFrequencies } from './index.js';

// Signals at weight x value, unstretched (maxPresentScale is tested on its own below).
const settings = makeClusterSettings({ maxPresentScale: 1 });
const youngArchive: KeyFrequencies = { stories: 3, counts: {} };

const sum = (signals: Record<string, number>): number => Object.values(signals).reduce((a, b) => a + b, 0);

describe('scoreAgainstProfile', () => {
  it('matches articles in different languages on shared canonical entities', () => {
    const en = makeArticle('en', {
      language: 'en',
      entities: [mention('person:antony-blinken', { inTitle: true }), mention('person:sergei-lavrov'), mention('place:reykjavik')],
      terms: weightTerms(['meet', 'arctic']),
    });
    const fr = makeArticle('fr', {
      language: 'fr',
      entities: [mention('person:antony-blinken'), mention('person:sergei-lavrov', { inTitle: true }), mention('place:reykjavik')],
      terms: weightTerms(['rencontr', 'arctiqu']),
    });
    const reason = explainPair(fr, en, youngArchive, settings);
    expect(reason.sharedEntities).toEqual(expect.arrayContaining(['person:antony-blinken', 'person:sergei-lavrov', 'place:reykjavik']));
    expect(reason.signals.entities).toBeGreaterThan(0.8 * settings.weights.entities);
    // With the default settings (entity-only articles judged on their entities), enough to join.
    const defaults = makeClusterSettings();
    expect(explainPair(fr, en, youngArchive, defaults).score).toBeGreaterThanOrEqual(defaults.joinThreshold);
    expect(reason.founder).toBe(false);
  });

  it('compares the English pivot terms across languages, and does not count them twice within one language', () => {
    const de = makeArticle('de', { language: 'de', terms: weightTerms(['hochwass', 'pegel']), pivotTerms: weightTerms(['flood', 'level', 'bridg']) });
    const es = makeArticle('es', { language: 'es', terms: weightTerms(['crecid', 'nivel']), pivotTerms: weightTerms(['flood', 'level', 'bridg']) });
    const across = explainPair(de, es, youngArchive, settings);
    expect(across.signals.terms).toBe(0);
    expect(across.signals.pivot).toBeGreaterThan(0.2);
    expect(across.sharedTerms).toEqual(expect.arrayContaining(['flood', 'level']));
    const de2 = makeArticle('de2', { language: 'de', terms: weightTerms(['hochwass', 'pegel']), pivotTerms: weightTerms(['flood', 'level', 'bridg']) });
    const within = explainPair(de, de2, youngArchive, settings);
    expect(within.signals.terms).toBeGreaterThan(0.2);
    // Identical terms and identical pivot terms: the pivot adds nothing the terms did not say.
    expect(within.signals.pivot).toBe(0);
    expect((within.signals.terms ?? 0) + (within.signals.pivot ?? 0)).toBeCloseTo(settings.weights.terms, 5);
    const without = explainPair(makeArticle('x', { language: 'de', terms: weightTerms(['hochwass']) }), es, youngArchive, settings);
    expect(without.signals.pivot).toBe(0);
  });

  it('lets entities most stories carry count for little once the archive is large', () => {
    const article = makeArticle('a', {
      entities: [mention('place:russia'), mention('place:united-states'), mention('person:someone-new')],
    });
    const story = profileArticle(
      makeArticle('b', { entities: [mention('place:russia'), mention('place:united-states'), mention('person:someone-else')] }),
    );
    const large: KeyFrequencies = {
      stories: 1000,
      counts: { 'e:place:russia': 400, 'e:place:united-states': 450, 'e:person:someone-new': 0, 'e:person:someone-else': 1 },
    };
    const flat: KeyFrequencies = { stories: 2, counts: { 'e:place:russia': 2, 'e:place:united-states': 2, 'e:person:someone-new': 0 } };
    const withCommonDiscounted = scoreAgainstProfile(article, story, large, settings);
    const withFewStories = scoreAgainstProfile(article, story, flat, settings);
    // Two of three entities shared: about 2/3 with flat IDF, far less when the shared ones are common.
    expect(withFewStories.signals.entities).toBeGreaterThan(0.5 * settings.weights.entities);
    expect(withCommonDiscounted.signals.entities).toBeLessThan(0.17 * settings.weights.entities);
    expect(withCommonDiscounted.score).toBeLessThan(settings.joinThreshold);
  });

  it('compares stemmed terms only when the story has an article in the same language', () => {
    const terms = weightTerms(['sanction', 'pipelin', 'gas']);
    const article = makeArticle('a', { language: 'en', terms });
    const english = profileArticle(makeArticle('b', { language: 'en', terms }));
    const german = profileArticle(makeArticle('c', { language: 'de', terms }));
    expect(scoreAgainstProfile(article, english, youngArchive, settings).signals.terms).toBeCloseTo(settings.weights.terms, 3);
    expect(scoreAgainstProfile(article, german, youngArchive, settings).signals.terms).toBe(0);
    // Once the story has an English member, English terms count again.
    const mixed = addToProfile(german, german.storyId, makeArticle('d', { language: 'en', terms }));
    expect(scoreAgainstProfile(article, mixed, youngArchive, settings).signals.terms).toBeGreaterThan(0);
  });

  it('matches salient numbers across languages', () => {
    const en = makeArticle('en', { language: 'en', text: 'The plant will cost 4,500 million and employ 1,200 people.' });
    const fr = makeArticle('fr', { language: 'fr', text: 'L’usine coûtera 4 500 millions et emploiera 1 200 personnes.' });
    const reason = explainPair(en, fr, youngArchive, settings);
    expect(reason.sharedTerms).toEqual(expect.arrayContaining(['4500', '1200']));
    expect(reason.signals.numbers).toBeCloseTo(settings.weights.numbers, 3);
  });

  it('scores publication times that are close, and reports the hours apart', () => {
    const base = { entities: [mention('person:a-b'), mention('person:c-d')] };
    const story = profileArticle(makeArticle('s', { ...base, publishedAt: '2024-03-01T12:00:00.000Z' }));
    const sameDay = scoreAgainstProfile(makeArticle('a', { ...base, publishedAt: '2024-03-01T18:00:00.000Z' }), story, youngArchive, settings);
    const weekLater = scoreAgainstProfile(makeArticle('b', { ...base, publishedAt: '2024-03-08T12:00:00.000Z' }), story, youngArchive, settings);
    const undated = scoreAgainstProfile(makeArticle('c', base), story, youngArchive, settings);
    expect(sameDay.timeDeltaHours).toBe(6);
    expect(weekLater.timeDeltaHours).toBe(168);
    expect(undated.timeDeltaHours).toBeNull();
    expect(sameDay.signals.time).toBeGreaterThan(weekLater.signals.time ?? 0);
    expect(undated.signals.time).toBe(0);
  });

  it('vetoes a match when both sides are dated and far apart, whatever they share', () => {
    const entities = [mention('person:joe-biden'), mention('person:vladimir-putin'), mention('place:geneva')];
    const june = profileArticle(makeArticle('june', { entities, publishedAt: '2021-06-16T10:00:00.000Z' }));
    const december = makeArticle('dec', { entities, dates: ['--12-07'] });
    const reason = scoreAgainstProfile(december, june, youngArchive, settings);
    expect(reason.score).toBe(0);
    expect(reason.signals.dateVeto).toBeLessThan(0);
    expect(reason.signals.entities).toBeGreaterThan(0.8 * settings.weights.entities);
    expect(sum(reason.signals)).toBeCloseTo(0, 3);
  });

  it('breaks the score down into the named signals, which add up to it', () => {
    const a = makeArticle('a', {
      entities: [mention('org:who'), mention('place:geneva')],
      terms: weightTerms(['vaccin', 'dose']),
      publishedAt: '2022-02-01T00:00:00.000Z',
    });
    const b = makeArticle('b', {
      entities: [mention('org:who'), mention('place:kenya')],
      terms: weightTerms(['vaccin', 'export']),
      publishedAt: '2022-02-02T00:00:00.000Z',
    });
    const reason = explainPair(a, b, youngArchive, settings);
    expect(Object.keys(reason.signals).sort()).toEqual([...SIGNALS].sort());
    expect(sum(reason.signals)).toBeCloseTo(reason.score, 3);
    expect(reason.sharedEntities).toEqual(['org:who']);
    expect(reason.sharedTerms).toEqual(['vaccin']);
  });

  it('gives zero for articles with nothing in common and no time', () => {
    const reason = explainPair(makeArticle('a'), makeArticle('b'), youngArchive, settings);
    expect(reason.score).toBe(0);
    expect(reason.sharedEntities).toEqual([]);
  });

  it('judges an article on the signals both sides have, on the scale of one that has them all', () => {
    const stretched = makeClusterSettings();
    const entities = [mention('person:antony-blinken'), mention('person:sergei-lavrov'), mention('place:reykjavik')];
    const headline = makeArticle('h', { language: 'fr', title: '', text: '', entities });
    const story = profileArticle(makeArticle('s', { language: 'en', title: '', text: '', entities }));
    const plain = scoreAgainstProfile(headline, story, youngArchive, settings);
    const scaled = scoreAgainstProfile(headline, story, youngArchive, stretched);
    const total = SIGNALS.reduce((a, name) => a + stretched.weights[name], 0);
    // Entities alone, all shared: the full weight of every signal, up to the cap.
    expect(scaled.score).toBeCloseTo(Math.min(stretched.maxPresentScale * stretched.weights.entities, total), 3);
    expect(scaled.score).toBeGreaterThan(plain.score);
    // The breakdown still adds up to the score.
    expect(sum(scaled.signals)).toBeCloseTo(scaled.score, 3);
    // Nothing shared stays nothing, however it is stretched.
    const other = makeArticle('o', { language: 'fr', title: '', text: '', entities: [mention('person:someone-else'), mention('place:oslo')] });
    expect(scoreAgainstProfile(other, story, youngArchive, stretched).score).toBe(0);
  });
});
