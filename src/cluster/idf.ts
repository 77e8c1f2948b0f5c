// Inverse story frequency of index keys, smoothed so that a young archive does not call every key rare.

/**
 * How many stories carry each key, and how many stories there are. Same shape as the store's
 * `KeyFrequencies` (src/store/store.ts); restated here because stages do not import the store.
 */
export interface KeyFrequencies {
  stories: number;
  counts: Record<string, number>;
}

/**
 * ln(1 + (N + s) / (df + s)): never zero, nearly flat while N is small next to the smoothing s,
 * and close to ln(N / df) once the archive is large, so keys most stories carry count for little.
 */
export function computeIdf(key: string, freq: KeyFrequencies, smoothing: number): number {
  const stories = Math.max(0, freq.stories);
  const df = Math.min(stories, Math.max(0, freq.counts[key] ?? 0));
  const s = Math.max(1e-6, smoothing);
  return Math.log(1 + (stories + s) / (df + s));
}
