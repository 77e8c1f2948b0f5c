// Index keys of an article (entities, terms, numbers), salient numbers and the smoothed IDF.
import { describe, expect, it } from 'vitest';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { articleKeys, computeIdf, makeClusterSettings } from './index.js';
import { extractSalientNumbers } from './salient-numbers.js';

describe('articleKeys', () => {
  it('weights entities by mentions with a bonus for the title', () => {
    const keys = articleKeys(
      makeArticle('a', { entities: [mention('person:a-b'), mention('person:c-d', { count: 3 }), mention('place:e', { inTitle: true })] }),
    );
    expect(keys['e:person:a-b']).toBe(1);
    expect(keys['e:person:c-d']).toBeCloseTo(1 + Math.log(3), 6);
    expect(keys['e:place:e']).toBe(1.5);
  });

  it('keeps the top terms, scaled so the strongest weighs 1', () => {
    const terms = [
      { term: 'gas', weight: 4 },
      { term: 'pipelin', weight: 2 },
      { term: 'minor', weight: 1 },
      { term: 'zero', weight: 0 },
    ];
    const keys = articleKeys(makeArticle('a', { terms }), makeClusterSettings({ maxTermKeys: 2 }));
    expect(keys).toEqual({ 't:gas': 1, 't:pipelin': 0.5 });
  });

  it('adds salient numbers but never dates as keys', () => {
    const keys = articleKeys(
      makeArticle('a', { title: 'Budget of 2,500 million', text: 'Signed on 2021-05-19, worth 2,500 million.', dates: ['2021-05-19'] }),
    );
    expect(Object.keys(keys).sort()).toEqual(['n:2021', 'n:2500']);
    expect(keys['n:2500']).toBeGreaterThan(keys['n:2021'] ?? 0);
  });

  it('weighs a year less than a figure mentioned as often', () => {
    const keys = articleKeys(makeArticle('a', { title: '', text: 'In 2026 the river peaked at 9.86 metres.' }));
    expect(keys['n:9.86']).toBe(0.5);
    expect(keys['n:2026']).toBeCloseTo(0.5 / 3, 6);
  });

  it('gives no keys to an article with nothing to index', () => {
    expect(articleKeys(makeArticle('a', { title: 'Live', text: 'Updates to follow.' }))).toEqual({});
  });

  it('does not depend on the order of entities and terms', () => {
    const entities = [mention('person:a-b'), mention('place:c', { count: 2 })];
    const terms = weightTerms(['x', 'y', 'z']);
    const one = articleKeys(makeArticle('a', { entities, terms }));
    const two = articleKeys(makeArticle('a', { entities: [...entities].reverse(), terms: [...terms].reverse() }));
    expect(two).toEqual(one);
  });
});

describe('extractSalientNumbers', () => {
  it('normalises thousands and decimals the same way in every language', () => {
    const en = extractSalientNumbers('Prices rose 3.5% to 1,250 dollars, 1,250 in all.', 5);
    const fr = extractSalientNumbers('Les prix ont augmenté de 3,5 % à 1 250 dollars.', 5);
    expect([...en.keys()]).toEqual(['1250', '3.5']);
    expect([...fr.keys()].sort()).toEqual(['1250', '3.5']);
  });

  it('leaves out small integers and keeps at most max, most repeated first', () => {
    const numbers = extractSalientNumbers('12 people, 7 cars; 300 km, 450 km, 450 km, in 2024.', 2);
    expect([...numbers.entries()]).toEqual([
      ['450', 2],
      ['300', 1],
    ]);
  });
});

describe('computeIdf', () => {
  it('stays nearly flat while few stories exist', () => {
    const freq = { stories: 3, counts: { common: 3, rare: 1 } };
    const ratio = computeIdf('common', freq, 10) / computeIdf('rare', freq, 10);
    expect(ratio).toBeGreaterThan(0.8);
  });

  it('makes keys most stories carry count far less than rare ones in a large archive', () => {
    const freq = { stories: 5000, counts: { common: 2500, rare: 2 } };
    const ratio = computeIdf('common', freq, 10) / computeIdf('rare', freq, 10);
    expect(ratio).toBeLessThan(0.2);
    expect(computeIdf('common', freq, 10)).toBeGreaterThan(0);
  });

  it('treats unknown keys as carried by no story, and clamps bad counts', () => {
    const freq = { stories: 10, counts: { odd: 50 } };
    expect(computeIdf('missing', freq, 10)).toBeCloseTo(Math.log(1 + 20 / 10), 6);
    expect(computeIdf('odd', freq, 10)).toBeCloseTo(Math.log(2), 6);
  });
});
