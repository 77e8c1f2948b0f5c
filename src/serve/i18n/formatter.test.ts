// Reader-language formatting: language names, lists, dates and spans through Intl.
import { describe, expect, it } from 'vitest';
import { createFormatter } from './formatter.js';

describe('createFormatter', () => {
  const en = createFormatter('en', 'unknown language');
  const fr = createFormatter('fr', 'langue inconnue');

  it('names languages in the reader language', () => {
    expect(en.languageList(['en', 'fr', 'es'])).toBe('English, French, Spanish');
    expect(fr.languageName('de')).toBe('allemand');
    expect(en.languageName('und')).toBe('unknown language');
    expect(en.languageName('not a tag!')).toBe('not a tag!');
  });

  it('writes dates day-first and spans with an en dash', () => {
    expect(en.date('2021-05-21T10:00:00Z')).toBe('21 May 2021');
    expect(en.span('2021-05-21T10:00:00Z', '2021-05-23T08:00:00Z')).toBe('21 May 2021 – 23 May 2021');
    expect(en.span('2021-05-21T10:00:00Z', '2021-05-21T22:00:00Z')).toBe('21 May 2021');
    expect(en.span(null, null)).toBeNull();
    expect(en.dateTime('2021-05-21T14:05:00Z')).toBe('21 May 2021, 14:05 UTC');
    expect(fr.date('2021-05-21T10:00:00Z')).toBe('21 mai 2021');
  });

  it('shows an unparseable stored date as stored', () => {
    expect(en.date('sometime')).toBe('sometime');
  });
});
