// A deterministic embedder for tests: hashed bag of lower-cased words, so texts sharing words get close vectors.
import type { Embedder } from './embedder.js';
import { toUnitLength } from './vector-math.js';

export class FakeEmbedder implements Embedder {
  readonly name: string;
  readonly calls: string[][] = [];

  constructor(readonly dimensions = 64) {
    this.name = `fake-${dimensions}`;
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls.push([...texts]);
    return Promise.resolve(
      texts.map((text) => {
        const v = new Float32Array(this.dimensions);
        for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
          let h = 2166136261;
          for (const c of word) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
          const slot = (h >>> 0) % this.dimensions;
          v[slot] = (v[slot] ?? 0) + 1;
        }
        return toUnitLength(v);
      }),
    );
  }
}
