// Decides what a stored article with a near fingerprint is to a new one: the same article, another outlet's copy of
// the same dispatch, or unrelated.
import { compareFingerprints } from './fingerprint-text.js';

/**
 * At most this many differing bits of 64: the texts are near-identical (an edited sentence, a byline added). Texts
 * on other subjects differ by about 32 bits; rewrites of one event by two reporters by 15 and more.
 */
export const NEAR_COPY_MAX_BITS = 6;

export interface DuplicateSide {
  fingerprint: string;
  /** Outlet host of the article URL without edition prefixes (www., m., amp.), when known. */
  host: string | null;
  sourceName: string | null;
}

export type DuplicateVerdict = 'same-article' | 'outlet-copy' | 'unrelated';

const sameName = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Near-identical texts from the same outlet (same host or same source name, or where neither says which outlet)
 * are one article reached twice; from two different outlets they are copies of one dispatch, kept apart and marked.
 */
export function judgeDuplicate(incoming: DuplicateSide, stored: DuplicateSide): DuplicateVerdict {
  if (compareFingerprints(incoming.fingerprint, stored.fingerprint) > NEAR_COPY_MAX_BITS) return 'unrelated';
  if (incoming.host !== null && stored.host !== null) return incoming.host === stored.host ? 'same-article' : 'outlet-copy';
  if (incoming.sourceName !== null && stored.sourceName !== null) {
    return sameName(incoming.sourceName, stored.sourceName) ? 'same-article' : 'outlet-copy';
  }
  return 'same-article';
}
