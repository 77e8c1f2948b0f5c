// Dates mentioned, with and without a publication time.
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

describe('findDates', () => {
  it('resolves day-month and weekday mentions against the publication time', () => {
    const text = 'The leaders will talk on Tuesday, December 7. The announcement came yesterday.';
    expect(findDates(text, 'en', '2021-12-05T09:00:00Z')).toEqual(['2021-12-04', '2021-12-07']);
  });

  it('leaves a weekday alone unresolved: last Monday or next Monday cannot be told apart', () => {
    expect(findDates('He said on Monday that talks would resume on Thursday.', 'en', '2021-05-21T12:00:00Z')).toEqual([]);
  });

  it('resolves "hier" and "aujourd\'hui" only with a reference', () => {
    expect(findDates("Il l'a dit hier.", 'fr', '2021-05-13T12:00:00Z')).toEqual(['2021-05-12']);
    expect(findDates("Il l'a dit hier.", 'fr', null)).toEqual([]);
    expect(findDates('He said it yesterday, on Monday.', 'en', null)).toEqual([]);
  });

  it('borrows the year of a fully dated mention when there is no reference', () => {
    const text = 'Le 14 avril 2021, à Bruxelles, rien. La réunion aura lieu le 20 mai en marge du Conseil.';
    expect(findDates(text, 'fr', null)).toEqual(['2021-04-14', '2021-05-20']);
  });

  it('keeps a day and month without any year as --MM-DD', () => {
    expect(findDates('The talks are set for Tuesday, December 7.', 'en', null)).toEqual(['--12-07']);
    expect(findDates('Das Treffen findet am 7. Dezember statt.', 'de', null)).toEqual(['--12-07']);
  });

  it('parses German, Spanish and Russian full dates', () => {
    expect(findDates('Am 21. Mai 2021 trafen sie sich.', 'de', null)).toEqual(['2021-05-21']);
    expect(findDates('El 21 de mayo de 2021 se reunieron.', 'es', null)).toEqual(['2021-05-21']);
    expect(findDates('Встреча прошла 20 мая 2021 года.', 'ru', null)).toEqual(['2021-05-20']);
  });

  it('skips times, months without a day, durations and vague words', () => {
    const text = 'At 3 pm, next week, in June, seven years after the war, and now.';
    expect(findDates(text, 'en', '2021-12-05T09:00:00Z')).toEqual([]);
  });

  it('deduplicates and sorts', () => {
    const text = 'On 2021-05-21 and May 21, 2021, after 2021-05-19.';
    expect(findDates(text, 'en', null)).toEqual(['2021-05-19', '2021-05-21']);
  });

  it('falls back to the English parser for other languages', () => {
    expect(findDates('Spotkanie 2021-05-20.', 'pl', null)).toEqual(['2021-05-20']);
  });
});
