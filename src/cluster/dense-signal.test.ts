// The dense signal: cosine with the story centroid, the centroid as a running mean, and no effect without vectors or weight.
import { describe, expect, it } from 'vitest';
import { makeArticle, mention } from './__fixtures__/cluster-harness.js';
import { addDenseVector, compareDense } from './dense-signal.js';
import { addToProfile, explainPair, makeClusterSettings, profileArticle } from './index.js';
import type { KeyFrequencies } from './index.js';

const unit = (...v: number[]): Float32Array => {
  const n = Math.hypot(...v);
  return Float32Array.from(v, (x) => x / n);
};
const archive: KeyFrequencies = { stories: 3, counts: {} };

describe('dense signal', () => {
  it('keeps the centroid as the running mean of member vectors, skipping articles without one or of another length', () => {
    let dense = addDenseVector(undefined, unit(1, 0));
    dense = addDenseVector(dense, null);
    dense = addDenseVector(dense, unit(0, 1));
    dense = addDenseVector(dense, unit(1, 0, 0));
    expect(dense).toEqual({ centroid: [0.5, 0.5], count: 2 });
  });

  it('scores the cosine with the centroid, floored at 0, and 0 when either side has no vector', () => {
    const story = addToProfile(null, 's', makeArticle('a', { denseVector: unit(1, 0) }));
    const grown = addToProfile(story, 's', makeArticle('b', { denseVector: unit(0, 1) }));
    expect(grown.dense?.count).toBe(2);
    expect(compareDense(makeArticle('c', { denseVector: unit(1, 1) }), grown)).toBeCloseTo(1, 4);
    expect(compareDense(makeArticle('d', { denseVector: unit(-1, 0) }), story)).toBe(0);
    expect(compareDense(makeArticle('e'), grown)).toBe(0);
    expect(compareDense(makeArticle('f', { denseVector: unit(1, 0) }), profileArticle(makeArticle('g')))).toBe(0);
    expect(profileArticle(makeArticle('g'))).not.toHaveProperty('dense');
  });

  it('adds weight x cosine to the score and shows it by name; weight 0 leaves the score as it was', () => {
    const entities = [mention('person:antony-blinken'), mention('place:reykjavik')];
    const a = makeArticle('a', { entities, denseVector: unit(1, 0.2) });
    const b = makeArticle('b', { entities, denseVector: unit(1, 0) });
    // No stretch (maxPresentScale 1): each signal is exactly weight x value (score.test.ts tests the stretch).
    const off = explainPair(a, b, archive, makeClusterSettings({ maxPresentScale: 1 }));
    const on = explainPair(a, b, archive, makeClusterSettings({ maxPresentScale: 1, weights: { dense: 0.5 } }));
    expect(off.signals.dense).toBe(0);
    expect(on.signals.dense).toBeCloseTo(0.5 * (1 / Math.hypot(1, 0.2)), 3);
    expect(on.score).toBeCloseTo(off.score + (on.signals.dense ?? 0), 3);
  });
});
