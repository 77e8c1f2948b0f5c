// Store contract, article vectors: exact Float32 round-trips, upsert per model, unknown articles and bad values refused.
import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeStory } from './fixtures.js';

export function describeVectorContract(current: CurrentStore): void {
  describe('article vectors', () => {
    it('round-trips Float32 values exactly, per model, and leaves out articles without one', async () => {
      const a = (await current().insertArticle(makeArticle())).article;
      const b = (await current().insertArticle(makeArticle())).article;
      const vector = new Float32Array([0.1, -2.5, 3.4028234663852886e38, 1e-40, 0]);
      await current().saveArticleVector({ articleId: a.id, model: 'use-lite', vector });
      await current().saveArticleVector({ articleId: a.id, model: 'openai:m', vector: new Float32Array([1, 2]) });
      const got = await current().getArticleVectors([a.id, b.id, 'missing'], 'use-lite');
      expect([...got.keys()]).toEqual([a.id]);
      expect(got.get(a.id)).toEqual(vector);
      expect((await current().getArticleVectors([a.id], 'openai:m')).get(a.id)).toEqual(new Float32Array([1, 2]));
      expect((await current().getArticleVectors([], 'use-lite')).size).toBe(0);
    });

    it('replaces a vector saved again for the same article and model', async () => {
      const a = (await current().insertArticle(makeArticle())).article;
      await current().saveArticleVector({ articleId: a.id, model: 'use-lite', vector: new Float32Array([1, 2, 3]) });
      await current().saveArticleVector({ articleId: a.id, model: 'use-lite', vector: new Float32Array([4, 5]) });
      expect((await current().getArticleVectors([a.id], 'use-lite')).get(a.id)).toEqual(new Float32Array([4, 5]));
    });

    it("keeps a story profile's dense centroid, and a profile without one has no dense field", async () => {
      const { story, profile } = makeStory('s-dense');
      const dense = { centroid: [0.12345, -0.5, 0], count: 3 };
      await current().saveStory(story, { ...profile, dense });
      expect((await current().getStoryProfile('s-dense'))?.dense).toEqual(dense);
      const plain = makeStory('s-plain');
      await current().saveStory(plain.story, plain.profile);
      expect(await current().getStoryProfile('s-plain')).not.toHaveProperty('dense');
    });

    it('refuses a vector for an unknown article, and an empty or non-finite one', async () => {
      await expect(current().saveArticleVector({ articleId: 'nope', model: 'use-lite', vector: new Float32Array([1]) })).rejects.toThrow(NotFoundError);
      const a = (await current().insertArticle(makeArticle())).article;
      await expect(current().saveArticleVector({ articleId: a.id, model: 'use-lite', vector: new Float32Array([]) })).rejects.toThrow(InputError);
      await expect(current().saveArticleVector({ articleId: a.id, model: 'use-lite', vector: new Float32Array([NaN]) })).rejects.toThrow(/store: vector for article/u);
    });
  });
}
