// The dense signal: an article's sentence vector against the mean vector of a story's members.
import type { StoryProfile } from '../domain/index.js';
import { cosine } from '../embed/vector-math.js';
import type { ClusterArticle } from './article-keys.js';

/** Centroid values are rounded to this many decimals: the profile is stored as JSON, and 1e-5 is far below any decision. */
const CENTROID_DECIMALS = 5;

/** Whether both sides carry comparable vectors (same model, same length): the dense signal is measured. */
export function hasDenseVectors(article: ClusterArticle, profile: StoryProfile): boolean {
  const vector = article.denseVector;
  const centroid = profile.dense?.centroid;
  return !!vector && !!centroid && vector.length > 0 && vector.length === centroid.length;
}

/**
 * Cosine of the article's vector with the story's centroid, floored at 0; 0 when either side has no
 * vector or their lengths differ (vectors of another model). Cosine with the mean equals the mean
 * cosine with each member up to the centroid's length, which only grows as members agree.
 */
export function compareDense(article: ClusterArticle, profile: StoryProfile): number {
  const vector = article.denseVector;
  const centroid = profile.dense?.centroid;
  if (!vector || !centroid) return 0;
  return Math.min(1, Math.max(0, cosine(vector, centroid)));
}

/** The story's centroid with one more member's vector; unchanged when the article has none or one of another length. */
export function addDenseVector(current: StoryProfile['dense'], vector: Float32Array | null | undefined): StoryProfile['dense'] {
  if (!vector || vector.length === 0) return current;
  if (current && current.centroid.length !== vector.length) return current;
  const count = (current?.count ?? 0) + 1;
  const scale = 10 ** CENTROID_DECIMALS;
  const centroid = Array.from(vector, (v, i) => {
    const before = current?.centroid[i] ?? 0;
    return Math.round((before + (v - before) / count) * scale) / scale;
  });
  return { centroid, count };
}
