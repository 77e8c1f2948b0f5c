// The merge and split pass: two halves of one event merge into the larger, a drifted article leaves, unrelated stories stay apart.
import { describe, expect, it } from 'vitest';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { findDrifted, makeClusterSettings, reviseStories } from './index.js';
import type { KeyFrequencies } from './index.js';

const settings = makeClusterSettings();
const freq: KeyFrequencies = { stories: 40, counts: {} };

const flood = [mention('place:passau', { inTitle: true }), mention('place:danube'), mention('org:thw')];
const floodTerms = weightTerms(['flood', 'danube', 'levee', 'evacuate', 'passau']);
const quake = [mention('place:hualien', { inTitle: true }), mention('place:taiwan'), mention('org:central-weather-administration')];
const quakeTerms = weightTerms(['earthquake', 'magnitude', 'aftershock', 'hualien', 'collapse']);

function floodArticle(id: string, hour: number, language = 'en'): ReturnType<typeof makeArticle> {
  return makeArticle(id, { language, entities: flood, terms: floodTerms, publishedAt: `2024-06-03T${String(hour).padStart(2, '0')}:00:00Z` });
}

function quakeArticle(id: string, hour: number): ReturnType<typeof makeArticle> {
  return makeArticle(id, { entities: quake, terms: quakeTerms, publishedAt: `2024-06-03T${String(hour).padStart(2, '0')}:00:00Z` });
}

describe('reviseStories', () => {
  it('merges a story into the larger one it belongs to, and leaves other stories alone', () => {
    const plan = reviseStories(
      [
        { id: 's_big', articles: [floodArticle('f1', 1), floodArticle('f2', 2), floodArticle('f3', 3)] },
        { id: 's_small', articles: [floodArticle('f4', 4, 'de'), floodArticle('f5', 5, 'de')] },
        { id: 's_quake', articles: [quakeArticle('q1', 1), quakeArticle('q2', 2)] },
      ],
      freq,
      settings,
    );
    expect(plan.merges).toEqual([{ into: 's_big', from: 's_small' }]);
    expect(plan.splits).toEqual([]);
    const byId = new Map(plan.stories.map((s) => [s.id, s.articles.map((a) => a.id)]));
    expect(byId.get('s_big')).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(byId.get('s_quake')).toEqual(['q1', 'q2']);
    expect(byId.has('s_small')).toBe(false);
  });

  it('splits off the article that does not belong with the rest, which forms its own story', () => {
    const plan = reviseStories([{ id: 's_flood', articles: [floodArticle('f1', 1), floodArticle('f2', 2), quakeArticle('q1', 3), floodArticle('f3', 4)] }], freq, settings);
    expect(plan.splits).toEqual([{ from: 's_flood', groups: [['q1']] }]);
    expect(plan.merges).toEqual([]);
    expect(plan.stories.map((s) => [s.id, s.articles.map((a) => a.id)])).toEqual([
      ['s_flood', ['f1', 'f2', 'f3']],
      ['q1', ['q1']],
    ]);
  });

  it('moves a drifted article to the story it belongs to: split, then merge', () => {
    const plan = reviseStories(
      [
        { id: 's_flood', articles: [floodArticle('f1', 1), floodArticle('f2', 2), quakeArticle('q3', 3)] },
        { id: 's_quake', articles: [quakeArticle('q1', 1), quakeArticle('q2', 2)] },
      ],
      freq,
      settings,
    );
    expect(plan.splits).toEqual([{ from: 's_flood', groups: [['q3']] }]);
    expect(plan.merges).toEqual([{ into: 's_quake', from: 'q3' }]);
    expect(new Map(plan.stories.map((s) => [s.id, s.articles.map((a) => a.id)]))).toEqual(
      new Map([
        ['s_flood', ['f1', 'f2']],
        ['s_quake', ['q1', 'q2', 'q3']],
      ]),
    );
  });

  it('gives the same plan whatever order the stories come in', () => {
    const groups = [
      { id: 's_a', articles: [floodArticle('f1', 1), floodArticle('f2', 2)] },
      { id: 's_b', articles: [floodArticle('f3', 3), floodArticle('f4', 4)] },
      { id: 's_q', articles: [quakeArticle('q1', 1)] },
    ];
    const forward = reviseStories(groups, freq, settings);
    const backward = reviseStories([...groups].reverse(), freq, settings);
    expect(backward).toEqual(forward);
    // Equal sizes: the smaller id survives.
    expect(forward.merges).toEqual([{ into: 's_a', from: 's_b' }]);
  });
});

describe('findDrifted', () => {
  it('keeps a coherent story whole and a lone article alone', () => {
    expect(findDrifted([floodArticle('f1', 1), floodArticle('f2', 2), floodArticle('f3', 3)], freq, settings)).toEqual(new Set());
    expect(findDrifted([floodArticle('f1', 1)], freq, settings)).toEqual(new Set());
  });

  it('in a two-article story that no longer holds, the later article leaves', () => {
    expect(findDrifted([floodArticle('f1', 1), quakeArticle('q1', 2)], freq, settings)).toEqual(new Set(['q1']));
  });

  it('lets the founder go when it is the one that does not fit', () => {
    expect(findDrifted([quakeArticle('q1', 1), floodArticle('f1', 2), floodArticle('f2', 3), floodArticle('f3', 4)], freq, settings)).toEqual(new Set(['q1']));
  });
});
