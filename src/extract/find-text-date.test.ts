// Tests of datelines in the text's language: full dates only, near the top, relative ones only with a reference.
import { describe, expect, it } from 'vitest';
import { findTextDate } from './find-text-date.js';

const NOW = new Date('2024-11-01T12:00:00Z');

describe('findTextDate', () => {
  it('reads datelines in French, German and Spanish with their own parser', () => {
    expect(findTextDate(['Titre', 'Publié le 21 septembre 2023 à 09h15'], 'fr', null)?.publishedAt).toBe('2023-09-21T09:15:00.000Z');
    expect(findTextDate(['Titel', '12. März 2024'], 'de-DE', null)?.publishedAt).toBe('2024-03-12T00:00:00.000Z');
    expect(findTextDate(['Sevilla, 8 de octubre de 2023'], 'es', null)).toEqual({
      publishedAt: '2023-10-08T00:00:00.000Z',
      line: 'Sevilla, 8 de octubre de 2023',
      isDateline: true,
    });
  });

  it('tries every locale when the language is unknown', () => {
    expect(findTextDate(['Headline here', '3 de marzo de 2024'], null, null)?.publishedAt).toBe('2024-03-03T00:00:00.000Z');
  });

  it('ignores dates without a year and dates inside long sentences', () => {
    expect(findTextDate(['Le mercredi 19 mai'], 'fr', null)).toBeNull();
    expect(findTextDate(['The summit, first planned for 12 June 2021, was moved twice because neither side would agree on the venue.'], 'en', null)).toBeNull();
  });

  it('ignores dates below the top lines', () => {
    expect(findTextDate(['a', 'b', 'c', 'd', 'e', 'f', '12 March 2024'], 'en', null)).toBeNull();
  });

  it('reads relative datelines only against a given reference time', () => {
    expect(findTextDate(['il y a 2 heures'], 'fr', null)).toBeNull();
    expect(findTextDate(['il y a 2 heures'], 'fr', NOW)?.publishedAt).toBe('2024-11-01T10:00:00.000Z');
  });
});
