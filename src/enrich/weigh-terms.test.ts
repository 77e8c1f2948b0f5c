// Weighted terms: stemming, stopwords, numbers, title weight and normalisation.
import { describe, expect, it } from 'vitest';
import { weighTerms } from './weigh-terms.js';

function termsOf(title: string, text: string, language: string): Map<string, number> {
  return new Map(weighTerms(title, text, language).map((t) => [t.term, t.weight]));
}

describe('weighTerms', () => {
  it('stems so that singular and plural are one term', () => {
    const terms = termsOf('', 'Les négociations avancent. La négociation reprend.', 'fr');
    expect(terms.has('negoci')).toBe(true);
    expect([...terms.keys()].filter((t) => t.startsWith('negoci'))).toEqual(['negoci']);
    expect(termsOf('', 'The negotiations and the negotiation.', 'en').has('negoti')).toBe(true);
    expect(termsOf('', 'Переговоры и переговорами.', 'ru').size).toBe(1);
  });

  it('drops stopwords, one-letter words and short numbers but keeps numbers of 3+ digits', () => {
    const terms = termsOf('', 'The summit of 2021 cost 15 million and a 300 page report.', 'en');
    expect(terms.has('the')).toBe(false);
    expect(terms.has('of')).toBe(false);
    expect(terms.has('15')).toBe(false);
    expect(terms.has('2021')).toBe(true);
    expect(terms.has('300')).toBe(true);
  });

  it('weights title words up and normalises weights to sum to 1', () => {
    const list = weighTerms('Arctic summit', 'The Arctic council and the summit met. Ministers met.', 'en');
    const terms = new Map(list.map((t) => [t.term, t.weight]));
    expect(terms.get('arctic')).toBeGreaterThan(terms.get('council') ?? 1);
    expect(terms.get('arctic')).toBeGreaterThan(terms.get('met') ?? 1);
    expect(list.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 10);
  });

  it('caps the list at 40 terms, most weighted first', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    const list = weighTerms('', `${words.join(' ')} ${words[0] ?? ''}`, 'xx');
    expect(list).toHaveLength(40);
    expect(list[0]?.term).toBe(words[0]);
  });

  it('leaves words unstemmed where Snowball has no stemmer', () => {
    expect(termsOf('', 'negocjacje negocjacji', 'pl').size).toBe(2);
  });
});
