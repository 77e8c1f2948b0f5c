// Vector helpers: cosine, unit length, and the packed Float32 form round-trips.
import { describe, expect, it } from 'vitest';
import { denseText } from './dense-text.js';
import { FakeEmbedder } from './fake-embedder.js';
import { cosine, packVector, toUnitLength, unpackVector } from './vector-math.js';

describe('vector helpers', () => {
  it('computes cosine, 0 for zero vectors or different lengths', () => {
    expect(cosine([1, 0], [1, 0])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 2])).toBeCloseTo(0);
    expect(cosine([1, 1], [-1, -1])).toBeCloseTo(-1);
    expect(cosine([0, 0], [1, 0])).toBe(0);
    expect(cosine([1, 0, 0], [1, 0])).toBe(0);
  });

  it('scales to unit length without touching the input', () => {
    const v = new Float32Array([3, 4]);
    expect([...toUnitLength(v)]).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect([...v]).toEqual([3, 4]);
    expect([...toUnitLength([0, 0])]).toEqual([0, 0]);
  });

  it('packs to 4 bytes per value and back', () => {
    const v = new Float32Array([0.25, -1.5, 3e-8]);
    const bytes = packVector(v);
    expect(bytes).toHaveLength(12);
    expect(unpackVector(bytes)).toEqual(v);
    expect(() => unpackVector(new Uint8Array(5))).toThrow(/embed: packed vector of 5 bytes/u);
  });

  it('cuts the pivot text to its first words', () => {
    expect(denseText('Title here\n\nOne two  three four', 4)).toBe('Title here One two');
    expect(() => denseText('x', 0)).toThrow(/embed: maxWords/u);
  });

  it('fake embedder: shared words bring vectors closer', async () => {
    const [a, b, c] = await new FakeEmbedder().embed(['putin biden summit geneva', 'summit in geneva with putin', 'flood rain valley']);
    expect(cosine(a as Float32Array, b as Float32Array)).toBeGreaterThan(cosine(a as Float32Array, c as Float32Array));
  });
});
