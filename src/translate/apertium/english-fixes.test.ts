// The English-side fixes of Apertium output: perfect to past, reporting verbs, capitals in mid-sentence.
import { describe, expect, it } from 'vitest';
import { fixMidSentenceCapitals } from './english-casing.js';
import { simplifyPerfect, simplifyReporting } from './english-tense.js';

describe('simplifyPerfect', () => {
  it('turns has/have and a participle into the simple past, regular and irregular', () => {
    expect(simplifyPerfect('The minister has announced a plan and they have taken the train')).toBe('The minister announced a plan and they took the train');
    expect(simplifyPerfect('It has been postponed; the talks have been hard; I have been there')).toBe('It was postponed; the talks were hard; I was there');
    expect(simplifyPerfect('She has also visited Paris')).toBe('She also visited Paris');
  });

  it('keeps the perfect after a modal or "to", with a negation, with time phrases, and before non-participles', () => {
    for (const kept of [
      'He would have done it',
      'She claims to have seen him',
      'They have not finished',
      'He has never lied',
      'She has lived here since 2010',
      'Has it ended yet?',
      'He has to go and they have a hundred reasons',
      'It has speed',
    ]) {
      expect(simplifyPerfect(kept)).toBe(kept);
    }
  });
});

describe('simplifyReporting', () => {
  it('reads the literal reporting verbs as "said"', () => {
    expect(simplifyReporting('The mayor declared that it affirmed nothing')).toBe('The mayor said that it said nothing');
  });
});

describe('fixMidSentenceCapitals', () => {
  it('lower-cases capitalised closed-class words and past tenses in mid-sentence, not names from the source', () => {
    expect(fixMidSentenceCapitals('Trump Has Added that Will Smith Is here', 'Trump a ajouté que Will Smith est là')).toBe(
      'Trump has added that Will Smith is here',
    );
    expect(fixMidSentenceCapitals('Ted Reed arrived. The end', 'Ted Reed est arrivé. La fin')).toBe('Ted Reed arrived. The end');
  });
});
