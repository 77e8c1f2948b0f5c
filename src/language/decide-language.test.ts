import { describe, it, expect } from 'vitest';
import type { DecisionInput } from './decide-language.js';
import { decideLanguage, thresholdsFor } from './decide-language.js';

// The rules alone, on rankings shaped like fastText's; the real model is exercised in create-language-detector.test.ts.
const prose = { text: 'x', letters: 80, letterShare: 0.95 };
const decide = (overrides: Partial<DecisionInput>) =>
  decideLanguage({ engine: 'fasttext', prepared: prose, ranked: [], hint: null, thresholds: thresholdsFor('fasttext'), ...overrides });

describe('decideLanguage', () => {
  it('takes a confident answer and withholds an unsure one', () => {
    expect(decide({ ranked: [{ language: 'fr', score: 0.93 }] })).toEqual({ language: 'fr', confidence: 0.93, method: 'fasttext' });
    expect(decide({ ranked: [{ language: 'hr', score: 0.45 }, { language: 'bs', score: 0.3 }] })).toEqual({
      language: 'und',
      confidence: 0,
      method: 'none',
    });
  });

  it('lets the hint decide short, symbol-heavy or unsure texts, with the engine’s score for it', () => {
    const ranked = [
      { language: 'it', score: 0.6 },
      { language: 'es', score: 0.35 },
    ];
    expect(decide({ ranked, hint: 'es' })).toEqual({ language: 'es', confidence: 0.35, method: 'hint' });
    expect(decide({ prepared: { text: 'x', letters: 9, letterShare: 1 }, ranked: [{ language: 'en', score: 0.99 }], hint: 'de' })).toEqual({
      language: 'de',
      confidence: 0,
      method: 'hint',
    });
    expect(decide({ prepared: { text: 'x', letters: 40, letterShare: 0.3 }, ranked, hint: 'it' })).toMatchObject({ method: 'hint' });
  });

  it('overrules a hint only with high confidence, and keeps the engine’s answer when they agree', () => {
    expect(decide({ ranked: [{ language: 'en', score: 0.85 }], hint: 'fr' })).toMatchObject({ language: 'en', method: 'fasttext' });
    expect(decide({ ranked: [{ language: 'en', score: 0.75 }], hint: 'fr' })).toMatchObject({ language: 'fr', method: 'hint' });
    expect(decide({ ranked: [{ language: 'fr', score: 0.3 }], hint: 'fr' })).toEqual({ language: 'fr', confidence: 0.3, method: 'fasttext' });
  });

  it('uses eld’s own, lower, bar for overruling a hint', () => {
    const input = { engine: 'eld' as const, thresholds: thresholdsFor('eld'), ranked: [{ language: 'en', score: 0.7 }], hint: 'fr' };
    expect(decide(input)).toMatchObject({ language: 'en', method: 'eld' });
  });
});
