// Entity behaviour of the enricher on short inline articles in en, fr, de, es and ru.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../domain/index.js';
import { createEnricher } from './index.js';

const enricher = createEnricher();

function entitiesOf(text: string, language: string, title = ''): EntityMention[] {
  return enricher.enrich({ title, text, language, publishedAt: null }).entities;
}

function idsOf(text: string, language: string, title = ''): string[] {
  return entitiesOf(text, language, title).map((e) => e.id);
}

describe('canonical entities across languages and scripts', () => {
  it('maps every spelling of Putin to one person', () => {
    expect(idsOf('Le président a rencontré Vladimir Poutine hier à Paris.', 'fr')).toContain('person:vladimir-putin');
    expect(idsOf('The talks with Putin ended late.', 'en')).toContain('person:vladimir-putin');
    expect(idsOf('Вчера Путин провёл встречу в Кремле.', 'ru')).toContain('person:vladimir-putin');
    expect(idsOf('Gestern traf sich Putin mit Beratern.', 'de')).toContain('person:vladimir-putin');
    const [putin] = entitiesOf('Les propos de Vladimir Poutine ont surpris.', 'fr');
    expect(putin).toMatchObject({ id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', surfaces: ['Vladimir Poutine'] });
  });

  it('reads Russian case endings', () => {
    const ids = idsOf('Глава МИД встретился с Путиным в Москве, а затем вылетел в Исландию.', 'ru');
    expect(ids).toEqual(expect.arrayContaining(['person:vladimir-putin', 'place:moscow', 'place:iceland']));
  });

  it('keeps a country next to a known name: "президент России Владимир Путин"', () => {
    const ids = idsOf('Вчера президент России Владимир Путин и президент США Джо Байден говорили два часа.', 'ru');
    expect(ids).toEqual(expect.arrayContaining(['person:vladimir-putin', 'person:joe-biden', 'place:russia', 'place:united-states']));
  });

  it('does not take a known word for the entity when it is part of an unknown name', () => {
    const ids = idsOf('The guard Michael Jordan and the senator Jill Biden spoke.', 'en');
    expect(ids).toEqual(expect.arrayContaining(['person:michael-jordan', 'person:jill-biden']));
    expect(ids).not.toContain('place:jordan');
    expect(ids).not.toContain('person:joe-biden');
  });

  it('transliterates unknown Cyrillic names', () => {
    expect(idsOf('Вчера губернатор Иван Петров посетил завод.', 'ru')).toContain('person:ivan-petrov');
  });

  it('maps organisations and their acronyms in several languages', () => {
    expect(idsOf("Les ministres de l'OTAN se réunissent.", 'fr')).toContain('org:nato');
    expect(idsOf('The NATO summit opens today.', 'en')).toContain('org:nato');
    expect(idsOf('Генсек НАТО выступил с заявлением.', 'ru')).toContain('org:nato');
    expect(idsOf('La UE y la ONU piden calma.', 'es')).toEqual(expect.arrayContaining(['org:european-union', 'org:united-nations']));
    expect(idsOf("Selon l'Union européenne et les Nations unies, rien ne change.", 'fr')).toEqual(
      expect.arrayContaining(['org:european-union', 'org:united-nations']),
    );
    expect(idsOf('Ein Sprecher der UNO und der EU sagte das.', 'de')).toEqual(expect.arrayContaining(['org:united-nations', 'org:european-union']));
  });

  it('does not read a sentence-initial French "Un" as the UN', () => {
    expect(idsOf('Un camion militaire fonce sur la foule.', 'fr')).not.toContain('org:united-nations');
  });

  it('maps seats of power', () => {
    for (const [text, language] of [
      ['A statement from the White House followed.', 'en'],
      ['Un communiqué de la Maison Blanche a suivi.', 'fr'],
      ['Eine Erklärung aus dem Weißen Haus folgte.', 'de'],
      ['Un comunicado de la Casa Blanca siguió.', 'es'],
    ] as const) {
      expect(idsOf(text, language)).toContain('org:white-house');
    }
  });

  it('maps countries and cities across languages', () => {
    const cases: [string, string, string[]][] = [
      ['Les diplomates se retrouvent en Islande puis à Moscou et à Genève.', 'fr', ['place:iceland', 'place:moscow', 'place:geneva']],
      ['Die Diplomaten treffen sich in Island, dann in Moskau und in Genf.', 'de', ['place:iceland', 'place:moscow', 'place:geneva']],
      ['Los diplomáticos se reúnen en Islandia, luego en Moscú y en Ginebra.', 'es', ['place:iceland', 'place:moscow', 'place:geneva']],
      ['The diplomats meet in Iceland, then in Moscow and Geneva.', 'en', ['place:iceland', 'place:moscow', 'place:geneva']],
      ['Дипломаты встретятся в Москва и Женева.', 'ru', ['place:moscow', 'place:geneva']],
    ];
    for (const [text, language, expected] of cases) expect(idsOf(text, language)).toEqual(expect.arrayContaining(expected));
  });

  it('maps every form of the United States', () => {
    for (const [text, language] of [
      ['Les Etats-Unis ont répondu.', 'fr'],
      ['Les États-Unis ont répondu.', 'fr'],
      ['The USA responded.', 'en'],
      ['Los EE.UU. respondieron.', 'es'],
      ['Die Vereinigten Staaten und die Vereinigte Staaten antworteten.', 'de'],
    ] as const) {
      expect(idsOf(text, language), text).toContain('place:united-states');
    }
  });

  it('keeps "Island" for Iceland to German text', () => {
    expect(idsOf('Sie reisen nach Island.', 'de')).toContain('place:iceland');
    expect(idsOf('They sailed to Rhode Island and back.', 'en')).not.toContain('place:iceland');
  });
});

describe('unknown names', () => {
  it('finds capitalised multi-word names and strips honorifics', () => {
    const ids = idsOf('Hier, M. Jean Dupraz a reçu Mme Ana Ruiz au ministère.', 'fr');
    expect(ids).toEqual(expect.arrayContaining(['person:jean-dupraz', 'person:ana-ruiz']));
    expect(idsOf('Yesterday Mr. Jake Sullivan met Secretary of State Antony Blinken.', 'en')).toEqual(
      expect.arrayContaining(['person:jake-sullivan', 'person:antony-blinken']),
    );
    expect(idsOf('Gestern sprach Herr Klaus Brenner mit der Presse.', 'de')).toContain('person:klaus-brenner');
    expect(idsOf('Ayer habló el Sr. Tomás Ibarra con la prensa.', 'es')).toContain('person:tomas-ibarra');
  });

  it('does not make entities of sentence-initial common words, months or weekdays', () => {
    const ids = idsOf('The meeting was short. Según fuentes, nada cambió. Tuesday Morning came. Le Monde Entier change.', 'en');
    expect(ids.filter((id) => /the|segun|tuesday|monde/.test(id))).toEqual([]);
    expect(idsOf('Mardi, Mai Tran a parlé.', 'fr')).toEqual([]);
  });

  it('accepts a sentence-initial name only when it recurs mid-sentence', () => {
    expect(idsOf('Ana Ruiz habló primero.', 'es')).toEqual([]);
    expect(idsOf('Ana Ruiz habló primero. Después, la ministra Ana Ruiz se fue.', 'es')).toEqual(['person:ana-ruiz']);
  });

  it('maps a lone surname to the full name seen in the same article', () => {
    const [person] = entitiesOf('Le ministre Paul Ferrand est arrivé. Selon M. Ferrand, rien ne presse. Ferrand est reparti.', 'fr', 'Ferrand au sommet');
    expect(person).toMatchObject({ id: 'person:paul-ferrand', kind: 'person', count: 4, inTitle: true });
    expect(person?.surfaces).toEqual(['Ferrand', 'Paul Ferrand']);
  });

  it('guesses organisations, places and events from their words', () => {
    expect(idsOf('Ce matin, la Banque Lorraine a publié ses comptes.', 'fr')).toContain('org:banque-lorraine');
    expect(idsOf('Ships crossed the Black Sea after the Cold War ended.', 'en')).toEqual(expect.arrayContaining(['place:black-sea', 'other:cold-war']));
  });

  it('counts mentions and title presence', () => {
    const entities = entitiesOf('NATO ministers met. Later NATO said it would wait.', 'en', 'Iceland hosts talks');
    expect(entities.find((e) => e.id === 'org:nato')).toMatchObject({ count: 2, inTitle: false });
    expect(entities.find((e) => e.id === 'place:iceland')).toMatchObject({ count: 1, inTitle: true });
  });
});

describe('enrich', () => {
  it('returns dates and terms along with entities', () => {
    const result = enricher.enrich({
      title: 'Négociations à Genève',
      text: 'Les négociations reprendront le 20 mai 2021 à Genève. La négociation est difficile.',
      language: 'fr',
      publishedAt: '2021-05-18T08:00:00Z',
    });
    expect(result.dates).toEqual(['2021-05-20']);
    expect(result.entities.map((e) => e.id)).toEqual(['place:geneva']);
    expect(result.terms[0]?.term).toBe('negoci');
  });
});
