// What each gazetteer source contributes, and how language tags and acronyms behave.
import { describe, expect, it } from 'vitest';
import { acceptsLanguage, buildGazetteer, toAcronym } from './gazetteer.js';

const gazetteer = buildGazetteer();

function idFor(key: string, language: string): string | null {
  const entry = gazetteer.names.get(key);
  return entry !== undefined && acceptsLanguage(gazetteer, entry, language) ? entry.entity.id : null;
}

describe('buildGazetteer', () => {
  it('takes city names in each locale from CLDR exemplar cities', () => {
    expect(idFor('varsovie', 'fr')).toBe('place:warsaw');
    expect(idFor('moskau', 'de')).toBe('place:moscow');
    expect(idFor('moskva', 'ru')).toBe('place:moscow');
    expect(idFor('wien', 'de')).toBe('place:vienna');
  });

  it('takes country names from world-countries and i18n-iso-countries', () => {
    expect(idFor('islandia', 'es')).toBe('place:iceland');
    expect(idFor('islandiya', 'ru')).toBe('place:iceland');
    expect(idFor('islandiya', 'uk')).toBe('place:iceland');
    expect(idFor('islanda', 'ro')).toBe('place:iceland');
    expect(idFor('russian federation', 'en')).toBe('place:russia');
  });

  it('limits foreign forms to their language unless the language has no names at all', () => {
    expect(idFor('island', 'de')).toBe('place:iceland');
    expect(idFor('island', 'en')).toBeNull();
    expect(idFor('island', 'xx')).toBe('place:iceland');
  });

  it('keeps acronyms apart and case-sensitive', () => {
    expect(gazetteer.acronyms.get('OTAN')?.entity.id).toBe('org:nato');
    expect(gazetteer.acronyms.get('NATO')?.entity.id).toBe('org:nato');
    expect(gazetteer.acronyms.get('EEUU')?.entity.id).toBe('place:united-states');
    expect(gazetteer.names.has('un')).toBe(false);
    expect(toAcronym('EE.UU.')).toBe('EEUU');
    expect(toAcronym('Putin')).toBeNull();
  });

  it('knows demonyms and calendar words without making entities of them', () => {
    expect(gazetteer.demonyms.has('russian')).toBe(true);
    expect(gazetteer.demonyms.has('russes')).toBe(true);
    expect(gazetteer.calendarWords.has('mai')).toBe(true);
    expect(gazetteer.calendarWords.has('dienstag')).toBe(true);
    expect(gazetteer.names.has('mars')).toBe(false);
  });
});
