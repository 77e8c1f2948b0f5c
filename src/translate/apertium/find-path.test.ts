// Pair discovery in a modes directory and the choice of pivot paths.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPairs, type ApertiumPair } from './discover-pairs.js';
import { findPath, pathLanguages } from './find-path.js';

const pair = (mode: string): ApertiumPair => {
  const [from = '', to = ''] = mode.split('-');
  const code = (c: string): string => ({ fra: 'fr', cat: 'ca', eng: 'en', spa: 'es', ita: 'it', por: 'pt', es: 'es', fr: 'fr', pt: 'pt', oci: 'oc' })[c] ?? c;
  return { from: code(from), to: code(to), mode, modeFile: `/modes/${mode}.mode` };
};

const installed = ['fra-cat', 'cat-eng', 'fr-es', 'spa-eng', 'eng-spa', 'eng-cat', 'ita-cat', 'ita-spa', 'por-cat', 'pt-es', 'oci-fra'].map(pair);

describe('findPath', () => {
  it('takes a direct pair when there is one', () => {
    expect(findPath(installed, 'es', 'en')?.map((p) => p.mode)).toEqual(['spa-eng']);
  });

  it('pivots French through Catalan, preferring maintained three-letter packages over fr-es', () => {
    const path = findPath(installed, 'fr', 'en');
    expect(path?.map((p) => p.mode)).toEqual(['fra-cat', 'cat-eng']);
    expect(pathLanguages(path ?? [])).toEqual(['fr', 'ca', 'en']);
  });

  it('takes a measured route over the fewest hops when all its pairs are installed', () => {
    const withCatSpa = [...installed, pair('cat-spa'), pair('spa-cat')];
    expect(findPath(withCatSpa, 'fr', 'en')?.map((p) => p.mode)).toEqual(['fra-cat', 'cat-spa', 'spa-eng']);
    expect(findPath(withCatSpa, 'fr', 'en', { routes: {} })?.map((p) => p.mode)).toEqual(['fra-cat', 'cat-eng']);
    expect(findPath(withCatSpa, 'es', 'en', { routes: { 'es>en': ['spa-cat', 'cat-eng'] } })?.map((p) => p.mode)).toEqual(['spa-cat', 'cat-eng']);
  });

  it('lets a penalty move the pivot', () => {
    expect(findPath(installed, 'fr', 'en', { pairPenalty: { 'fra-cat': 0.5 } })?.map((p) => p.mode)).toEqual(['fr-es', 'spa-eng']);
  });

  it('chains more than one pivot', () => {
    expect(pathLanguages(findPath(installed, 'oc', 'en') ?? [])).toEqual(['oc', 'fr', 'ca', 'en']);
    expect(findPath(installed, 'oc', 'en', { maxHops: 2 })).toBeNull();
  });

  it('finds Portuguese and Italian routes and refuses what no chain reaches', () => {
    expect(pathLanguages(findPath(installed, 'pt', 'en') ?? [])).toEqual(['pt', 'ca', 'en']);
    expect(findPath(installed, 'it', 'en')?.length).toBe(2);
    expect(findPath(installed, 'de', 'en')).toBeNull();
    expect(findPath(installed, 'en', 'de')).toBeNull();
  });
});

describe('discoverPairs', () => {
  it('reads plain modes, skips variants, prefers three-letter names for one direction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-modes-'));
    for (const f of ['fra-cat.mode', 'cat-eng.mode', 'cat-eng_US.mode', 'es-pt.mode', 'spa-por.mode', 'eco-fr-es.mode', 'README']) {
      writeFileSync(join(dir, f), '');
    }
    const pairs = await discoverPairs(dir);
    expect(pairs.map((p) => p.mode).sort()).toEqual(['cat-eng', 'fra-cat', 'spa-por']);
    expect(pairs.find((p) => p.mode === 'fra-cat')).toMatchObject({ from: 'fr', to: 'ca', modeFile: join(dir, 'fra-cat.mode') });
    expect(await discoverPairs(join(dir, 'missing'))).toEqual([]);
  });
});
