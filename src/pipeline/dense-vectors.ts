// An article's dense vector for clustering: read from the store, or embedded from its pivot text once and stored.
import type { Article } from '../domain/index.js';
import { denseText, toUnitLength } from '../embed/index.js';
import type { Embedder } from '../embed/index.js';
import type { Store } from '../store/index.js';

/** The embedder and how much pivot text it reads; absent when the dense signal is off. */
export interface DenseServices {
  embedder: Embedder;
  maxWords: number;
}

/**
 * The unit-length vector of the article's pivot text; null without a pivot text. Computed once per
 * article and model: re-clustering reads it back. An embedder failure propagates, so the clustering
 * job is retried rather than the article clustered without the signal it is configured to use.
 */
export async function denseVectorOf(store: Store, dense: DenseServices, article: Pick<Article, 'id'>, pivotText: string | null): Promise<Float32Array | null> {
  if (pivotText === null || pivotText.trim() === '') return null;
  const model = dense.embedder.name;
  const stored = (await store.getArticleVectors([article.id], model)).get(article.id);
  if (stored) return toUnitLength(stored);
  const [vector] = await dense.embedder.embed([denseText(pivotText, dense.maxWords)]);
  if (!vector) return null;
  await store.saveArticleVector({ articleId: article.id, model, vector });
  return toUnitLength(vector);
}
