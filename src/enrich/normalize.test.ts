// The normalisation helpers other stages share: transliteration, folding, ids.
import { describe, expect, it } from 'vitest';
import { canonicalEntityId, foldKey, normalizeToken, personSurnameKey, transliterate } from './normalize.js';

describe('normalisation helpers', () => {
  it('transliterates any script to ASCII', () => {
    expect(transliterate('Путин')).toBe('Putin');
    expect(transliterate('Лавров')).toBe('Lavrov');
    expect(transliterate('Genève')).toBe('Geneve');
    expect(transliterate('Weißes Haus')).toBe('Weisses Haus');
  });

  it('lower-cases and strips accents, keeping the script', () => {
    expect(normalizeToken('Négociations')).toBe('negociations');
    expect(normalizeToken('ÉTATS')).toBe('etats');
    expect(normalizeToken('Путин')).toBe('путин');
  });

  it('folds names to matching keys', () => {
    expect(foldKey('États-Unis')).toBe('etats unis');
    expect(foldKey('EE.UU.')).toBe('ee uu');
    expect(foldKey('Навальный')).toBe('navalnyy');
    expect(foldKey("l'OTAN")).toBe('l otan');
  });

  it('builds stable canonical ids', () => {
    expect(canonicalEntityId('person', 'Vladimir Putin')).toBe('person:vladimir-putin');
    expect(canonicalEntityId('place', 'United States')).toBe('place:united-states');
    expect(canonicalEntityId('person', 'Энтони Блинкен')).toBe('person:entoni-blinken');
  });

  it('gives the surname key of person ids only', () => {
    expect(personSurnameKey('person:antony-blinken')).toBe('blinken');
    expect(personSurnameKey('person:entoni-blinken')).toBe('blinken');
    expect(personSurnameKey('place:iceland')).toBeNull();
  });
});
