// Hand-made articles shaped like enrichment output: two May 2021 meeting reports (en, fr) and three December 2021 ones,
// all naming the same leaders, capitals and alliances, as the real reports do.
import type { Article } from '../../domain/index.js';
import { makeArticle, mention, weightTerms } from './cluster-harness.js';

/** English report of a foreign ministers' meeting in Reykjavik, dated. */
export const mayEnglish: Article = makeArticle('may-en', {
  title: 'Blinken and Lavrov meet in Reykjavik',
  text: 'US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Reykjavik on 19 May 2021 at the Arctic Council.',
  language: 'en',
  publishedAt: '2021-05-21T09:00:00.000Z',
  publishedAtOrigin: 'text',
  entities: [
    mention('person:antony-blinken', { count: 4, inTitle: true }),
    mention('person:sergei-lavrov', { count: 3, inTitle: true }),
    mention('place:reykjavik', { count: 2, inTitle: true }),
    mention('place:iceland'),
    mention('org:arctic-council', { count: 2 }),
    mention('place:russia', { count: 3 }),
    mention('place:united-states', { count: 2 }),
    mention('person:joe-biden', { count: 3 }),
    mention('person:vladimir-putin', { count: 3 }),
    mention('place:moscow', { count: 2 }),
    mention('place:washington', { count: 2 }),
    mention('org:nato'),
    mention('place:ukraine'),
  ],
  dates: ['2021-05-19', '2021-05-20'],
  terms: weightTerms(['meet', 'minist', 'arctic', 'talk', 'relat', 'foreign']),
});

/** French announcement of the same meeting, undated, naming the day without a year. */
export const mayFrench: Article = makeArticle('may-fr', {
  title: 'Antony Blinken et Sergueï Lavrov se verront en Islande',
  text: 'Le chef de la diplomatie américaine rencontrera son homologue russe mercredi 19 mai à Reykjavik, en marge du Conseil de l’Arctique.',
  language: 'fr',
  entities: [
    mention('person:antony-blinken', { count: 3, inTitle: true }),
    mention('person:sergei-lavrov', { count: 3, inTitle: true, surfaces: ['Sergueï Lavrov'] }),
    mention('place:iceland', { inTitle: true, surfaces: ['Islande'] }),
    mention('place:reykjavik'),
    mention('org:arctic-council', { surfaces: ['Conseil de l’Arctique'] }),
    mention('place:russia', { count: 2, surfaces: ['Russie'] }),
    mention('place:united-states', { surfaces: ['États-Unis'] }),
    mention('person:joe-biden', { count: 2 }),
    mention('person:vladimir-putin', { surfaces: ['Vladimir Poutine'] }),
    mention('place:moscow', { count: 3, surfaces: ['Moscou'] }),
    mention('place:washington', { count: 3 }),
    mention('org:nato', { surfaces: ['OTAN'] }),
  ],
  dates: ['--05-19'],
  terms: weightTerms(['rencontr', 'ministr', 'arctiqu', 'diplomat', 'homologu']),
});

/** French piece on December tensions, undated, looking ahead to January 2022 talks. */
export const decemberFrench: Article = makeArticle('dec-fr', {
  title: 'Joe Biden et Vladimir Poutine n’envisagent pas de se rencontrer',
  text: 'Antony Blinken a indiqué que les États-Unis veulent voir la Russie retirer ses troupes de la frontière ukrainienne avant les discussions de janvier 2022.',
  language: 'fr',
  entities: [
    mention('person:joe-biden', { count: 3, inTitle: true }),
    mention('person:vladimir-putin', { count: 3, inTitle: true, surfaces: ['Vladimir Poutine'] }),
    mention('person:antony-blinken', { count: 2 }),
    mention('place:ukraine', { count: 2, surfaces: ['Ukraine'] }),
    mention('place:russia', { count: 2, surfaces: ['Russie'] }),
    mention('place:united-states', { surfaces: ['États-Unis'] }),
    mention('org:nato', { count: 3, surfaces: ['OTAN'] }),
    mention('place:moscow', { surfaces: ['Moscou'] }),
    mention('place:washington'),
    mention('org:osce', { surfaces: ['OSCE'] }),
  ],
  dates: ['2022-01'],
  terms: weightTerms(['rencontr', 'frontier', 'tension', 'troup', 'ukrainien', 'diplomat', 'ministr']),
});

/** English report of the video call of Tuesday, December 7, undated. */
export const decemberCall: Article = makeArticle('dec-call', {
  title: 'Putin strikes back after video call with Biden',
  text: 'The Kremlin chief spoke with Joe Biden on Tuesday, December 7, criticising NATO expansion in Ukraine.',
  language: 'en',
  entities: [
    mention('person:vladimir-putin', { count: 5, inTitle: true }),
    mention('person:joe-biden', { count: 4, inTitle: true }),
    mention('org:nato', { count: 3 }),
    mention('place:ukraine', { count: 4 }),
    mention('place:russia', { count: 2 }),
    mention('org:kremlin', { count: 1 }),
    mention('place:united-states', { count: 2 }),
    mention('place:moscow'),
    mention('place:washington'),
  ],
  dates: ['--12-07'],
  terms: weightTerms(['call', 'video', 'nato', 'ukrain', 'sanction', 'border']),
});

/** English announcement of that call, written on December 4, undated. */
export const decemberAnnouncement: Article = makeArticle('dec-announce', {
  title: 'Biden and Putin to hold video call on Tuesday',
  text: 'The White House said on Saturday, December 4, that Joe Biden will speak with Vladimir Putin by video on December 7 as troops mass near Ukraine.',
  language: 'en',
  entities: [
    mention('person:joe-biden', { count: 3, inTitle: true }),
    mention('person:vladimir-putin', { count: 3, inTitle: true }),
    mention('place:ukraine', { count: 3 }),
    mention('org:white-house', { count: 1 }),
    mention('org:nato', { count: 1 }),
    mention('place:russia', { count: 2 }),
    mention('place:united-states', { count: 2 }),
    mention('place:moscow'),
  ],
  dates: ['--12-04', '--12-07'],
  terms: weightTerms(['call', 'video', 'troop', 'ukrain', 'border', 'white']),
});

export const summitArticles: readonly Article[] = [mayEnglish, mayFrench, decemberFrench, decemberCall, decemberAnnouncement];
