import { describe, it, expect } from 'vitest';
import { languageName } from './index.js';

describe('languageName', () => {
  it('names languages in the reader’s language', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('de', 'fr')).toBe('allemand');
    expect(languageName('ru', 'ru')).toBe('русский');
    expect(languageName('yue', 'en')).toBe('Cantonese');
    expect(languageName('fil', 'en')).toBe('Filipino');
  });

  it('falls back to the reference name, then to the code', () => {
    expect(languageName('azb', 'en')).toBe('South Azerbaijani');
    expect(languageName('zzz', 'en')).toBe('zzz');
    expect(languageName('not a code', 'en')).toBe('not a code');
  });

  it('falls back to English for a display locale Intl refuses', () => {
    expect(languageName('es', '!!')).toBe('Spanish');
  });

  it('names the unknown language', () => {
    expect(languageName('und', 'en')).toBe('Unknown language');
    expect(languageName('und', 'fr-CA')).toBe('langue indéterminée');
    expect(languageName('und', 'xx')).toBe('Unknown language');
  });
});
