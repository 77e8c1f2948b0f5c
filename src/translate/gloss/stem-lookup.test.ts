// The stem lookup against stemming every headword, on a real Snowball stemmer.
import { describe, expect, it } from 'vitest';
import { createStemLookup } from './stem-lookup.js';
import { findStemmer } from './stemmers.js';

describe('createStemLookup', () => {
  it('finds the headword an inflected form shares its stem with, as a full index would', () => {
    const stem = findStemmer('fr');
    if (!stem) throw new Error('no French stemmer');
    const headwords = ['conférence', 'maison', 'maisonnette', 'payer', 'arriver', 'arrivée', 'chanter'];
    const lookup = createStemLookup(() => headwords, stem);
    const full = new Map<string, string>();
    for (const w of headwords) if (!full.has(stem(w)) || w.length < (full.get(stem(w)) ?? '').length) full.set(stem(w), w);
    for (const word of ['conférences', 'maisons', 'payons', 'arrivés', 'chantaient', 'zèbre']) {
      expect(lookup(word)).toBe(full.get(stem(word)));
    }
    expect(lookup('maisons')).toBe('maison');
    expect(lookup('chantaient')).toBe('chanter');
    expect(lookup('zèbre')).toBeUndefined();
  });
});
