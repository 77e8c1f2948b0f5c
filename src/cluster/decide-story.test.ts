// Join-or-new decisions: threshold, evidence rule, common entities, weak keys, ties and candidate order.
import { describe, expect, it } from 'vitest';
import type { StoryProfile } from '../domain/index.js';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { addToProfile, countEvidence, decideStory, makeClusterSettings, SIGNALS } from './index.js';
import type { KeyFrequencies } from './index.js';

const settings = makeClusterSettings();
const young: KeyFrequencies = { stories: 4, counts: {} };

function storyOf(id: string, ...articles: ReturnType<typeof makeArticle>[]): StoryProfile {
  return articles.reduce<StoryProfile | null>((p, a) => addToProfile(p, id, a), null) as StoryProfile;
}

describe('decideStory', () => {
  const quake = [mention('place:hualien', { inTitle: true }), mention('place:taiwan'), mention('org:central-weather-administration')];

  it('starts a new story when there are no candidates', () => {
    const decision = decideStory(makeArticle('a', { entities: quake }), [], young, settings);
    expect(decision).toEqual({
      kind: 'new',
      storyId: null,
      reason: { score: 0, signals: {}, sharedEntities: [], sharedTerms: [], timeDeltaHours: null, founder: true },
    });
  });

  it('joins the best scoring story across languages', () => {
    const story = storyOf('s_quake', makeArticle('en', { language: 'en', entities: quake, publishedAt: '2024-04-03T02:00:00Z' }));
    const other = storyOf('s_other', makeArticle('x', { entities: [mention('place:taiwan'), mention('person:someone')] }));
    const es = makeArticle('es', { language: 'es', entities: quake, publishedAt: '2024-04-03T06:00:00Z' });
    const decision = decideStory(es, [other, story], young, settings);
    expect(decision.kind).toBe('join');
    expect(decision.storyId).toBe('s_quake');
    expect(decision.reason.founder).toBe(false);
  });

  it('does not join on common entities alone, even published the same day', () => {
    const freq: KeyFrequencies = {
      stories: 500,
      counts: { 'e:place:russia': 300, 'e:place:united-states': 320, 'e:person:olaf-scholz': 2 },
    };
    const story = storyOf(
      's_talks',
      makeArticle('talks', {
        entities: [mention('place:russia'), mention('place:united-states'), mention('person:antony-blinken'), mention('place:geneva')],
        publishedAt: '2022-01-10T10:00:00Z',
      }),
    );
    const article = makeArticle('other', {
      entities: [mention('place:russia', { inTitle: true }), mention('place:united-states', { inTitle: true })],
      publishedAt: '2022-01-10T12:00:00Z',
    });
    const decision = decideStory(article, [story], freq, settings);
    expect(decision.kind).toBe('new');
    // The same two entities count as full evidence in a young archive, where nothing is known to be common.
    const reason = decideStory(article, [story], young, makeClusterSettings({ joinThreshold: 0 }));
    expect(countEvidence(reason.reason, young, settings)).toBeGreaterThan(countEvidence(reason.reason, freq, settings));
  });

  it('never joins on a single shared key, however high the score', () => {
    const story = storyOf('s_one', makeArticle('a', { title: 'Macron', entities: [mention('person:emmanuel-macron', { inTitle: true })] }));
    const headline = makeArticle('b', { title: 'Macron', text: '', entities: [mention('person:emmanuel-macron', { inTitle: true })] });
    const permissive = makeClusterSettings({ joinThreshold: 0.1 });
    expect(decideStory(headline, [story], young, permissive).kind).toBe('new');
  });

  it('lets a headline-only article join on two rare entities', () => {
    const entities = [mention('person:emmanuel-macron', { inTitle: true }), mention('person:olaf-scholz', { inTitle: true })];
    const story = storyOf('s_visit', makeArticle('a', { entities, terms: weightTerms(['visit', 'berlin']) }));
    const headline = makeArticle('b', { title: 'Macron et Scholz', text: '', language: 'fr', entities });
    expect(decideStory(headline, [story], young, settings)).toMatchObject({ kind: 'join', storyId: 's_visit' });
  });

  it('leaves articles without entities, terms or dates alone', () => {
    const story = storyOf('s_quake', makeArticle('en', { entities: quake }));
    const empty = makeArticle('empty', { title: '', text: '' });
    expect(decideStory(empty, [story], young, settings).kind).toBe('new');
  });

  it('does not join below the threshold', () => {
    const story = storyOf('s_quake', makeArticle('en', { entities: quake }));
    const article = makeArticle('b', { entities: quake });
    // Above the highest score there is: every weight at full value, stretched as far as it goes.
    const top = settings.maxPresentScale * SIGNALS.reduce((a, name) => a + settings.weights[name], 0) + 1;
    expect(decideStory(article, [story], young, makeClusterSettings({ joinThreshold: top, timelessJoinThreshold: top })).kind).toBe('new');
  });

  it('breaks ties by the smaller story id, whatever the candidate order', () => {
    const founder = makeArticle('f', { entities: quake });
    const a = storyOf('s_bbb', founder);
    const b = storyOf('s_aaa', founder);
    const article = makeArticle('n', { entities: quake });
    expect(decideStory(article, [a, b], young, settings).storyId).toBe('s_aaa');
    expect(decideStory(article, [b, a], young, settings).storyId).toBe('s_aaa');
  });

  it('returns the same decision for the same input', () => {
    const story = storyOf('s_quake', makeArticle('en', { entities: quake, publishedAt: '2024-04-03T02:00:00Z' }));
    const article = makeArticle('es', { language: 'es', entities: quake, publishedAt: '2024-04-03T06:00:00Z' });
    expect(decideStory(article, [story], young, settings)).toEqual(decideStory(article, [story], young, settings));
  });
});

describe('countEvidence', () => {
  it('counts a rare entity as 1 and a rare term or number as one half', () => {
    const reason = { score: 1, signals: {}, sharedEntities: ['person:x'], sharedTerms: ['gas', '2500'], timeDeltaHours: null, founder: false };
    const freq: KeyFrequencies = { stories: 100, counts: { 'e:person:x': 1, 't:gas': 1, 'n:2500': 1 } };
    expect(countEvidence(reason, freq, settings)).toBeCloseTo(2, 5);
  });

  it('counts keys most stories carry for much less', () => {
    const reason = { score: 1, signals: {}, sharedEntities: ['place:russia'], sharedTerms: [], timeDeltaHours: null, founder: false };
    const freq: KeyFrequencies = { stories: 1000, counts: { 'e:place:russia': 600 } };
    expect(countEvidence(reason, freq, settings)).toBeLessThan(0.3);
  });
});

describe('decideStory when time cannot be compared', () => {
  // The same leaders meet in May and in December: entities alone cannot tell the meetings apart.
  const leaders = [
    mention('person:joe-biden', { inTitle: true }),
    mention('person:vladimir-putin', { inTitle: true }),
    mention('place:russia'),
    mention('place:united-states'),
  ];
  const may = storyOf(
    's_may',
    makeArticle('may', {
      entities: [...leaders, mention('place:geneva'), mention('person:antony-blinken')],
      publishedAt: '2021-05-21T10:00:00Z',
      dates: ['2021-05-19'],
    }),
  );

  it('needs timelessJoinThreshold when the article has neither a publication time nor a date', () => {
    const undated = makeArticle('undated', { language: 'fr', entities: [...leaders, mention('org:osce')] });
    const decision = decideStory(undated, [may], young, settings);
    expect(decision.kind).toBe('new');
    // The same content with a date near the story's joins: time could be compared.
    const dated = { ...undated, dates: ['--05-20'] };
    expect(decideStory(dated, [may], young, settings)).toMatchObject({ kind: 'join', storyId: 's_may' });
    // And with the higher bar lowered to the ordinary one, the undated article joins too.
    const lenient = makeClusterSettings({ timelessJoinThreshold: 0 });
    expect(decideStory(undated, [may], young, lenient).kind).toBe('join');
  });

  it('still lets undated articles join on strong content', () => {
    const twin = makeArticle('twin', { language: 'fr', entities: [...leaders, mention('place:geneva'), mention('person:antony-blinken')] });
    expect(decideStory(twin, [may], young, settings)).toMatchObject({ kind: 'join', storyId: 's_may' });
  });
});

describe('settings', () => {
  it('weights entity keys by kind', () => {
    const story = storyOf('s_place', makeArticle('a', { entities: [mention('place:lisbon'), mention('person:ana-ruiz')] }));
    const article = makeArticle('b', { entities: [mention('place:lisbon'), mention('person:someone-else')] });
    const even = decideStory(article, [story], young, makeClusterSettings({ joinThreshold: 0, timelessJoinThreshold: 0, minEvidence: 0 }));
    const placesLight = decideStory(
      article,
      [story],
      young,
      makeClusterSettings({ joinThreshold: 0, timelessJoinThreshold: 0, minEvidence: 0, kindWeights: { place: 0.5 } }),
    );
    expect(even.kind).toBe('join');
    expect(placesLight.kind).toBe('join');
    expect(placesLight.reason.signals.entities).toBeLessThan(even.reason.signals.entities ?? 0);
  });
});
