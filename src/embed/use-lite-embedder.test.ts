// The packaged Universal Sentence Encoder lite, for real: loads from node_modules with no network, and puts paraphrases closer than unrelated news.
import { describe, expect, it } from 'vitest';
import { UseLiteEmbedder } from './use-lite-embedder.js';
import { cosine } from './vector-math.js';

describe('UseLiteEmbedder', () => {
  it('embeds a batch into 512-dimension vectors, paraphrases closest', { timeout: 60_000 }, async () => {
    const embedder = new UseLiteEmbedder({ batchSize: 2 });
    const [a, b, c, empty] = await embedder.embed([
      'Blinken and Lavrov meet in Reykjavik ahead of a Biden-Putin summit',
      'The American and Russian foreign ministers held talks in Iceland before the presidents meet',
      'Heavy rain floods the valley and farmers count their losses',
      '',
    ]);
    expect(a).toHaveLength(512);
    expect(empty).toHaveLength(512);
    expect(cosine(a as Float32Array, b as Float32Array)).toBeGreaterThan(cosine(a as Float32Array, c as Float32Array) + 0.2);
    expect(await embedder.embed([])).toEqual([]);
  });
});
