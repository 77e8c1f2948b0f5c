// Finds a dictionary headword sharing a word's stem without stemming the whole dictionary first.

// Stemming every headword up front cost 0.4-0.8 s a dictionary (the JavaScript Snowball stemmers are slow),
// paid on the first unknown word of each language. A stem is a prefix of its words once accents are set aside,
// but for its last letters or two ("conférence" -> "conférent", "payer" -> "pai"), so only the headwords
// starting with the stem less two letters need stemming.
const MAX_CANDIDATES = 500;

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/** A lookup from a word to the shortest headword with the same stem, or undefined. */
export function createStemLookup(words: () => Iterable<string>, stem: (word: string) => string): (word: string) => string | undefined {
  let sorted: { key: string; word: string; order: number }[] | null = null;
  const memo = new Map<string, string | undefined>();
  // Each headword is stemmed once at most: never more work than the full index, usually far less.
  const stems = new Map<string, string>();
  const stemOf = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(w);
      stems.set(w, s);
    }
    return s;
  };
  return (word) => {
    sorted ??= [...words()].map((w, order) => ({ key: fold(w), word: w, order })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const target = stem(word);
    if (memo.has(target)) return memo.get(target);
    const folded = fold(target);
    const prefix = folded.slice(0, Math.max(2, folded.length - 2));
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.key ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    // The shortest; among as short, the first in the dictionary's own order.
    let best: { word: string; order: number } | undefined;
    for (let i = lo, seen = 0; i < sorted.length && seen < MAX_CANDIDATES; i++, seen++) {
      const entry = sorted[i];
      if (!entry?.key.startsWith(prefix)) break;
      const better = best === undefined || entry.word.length < best.word.length || (entry.word.length === best.word.length && entry.order < best.order);
      if (better && stemOf(entry.word) === target) best = entry;
    }
    memo.set(target, best?.word);
    return best?.word;
  };
}
