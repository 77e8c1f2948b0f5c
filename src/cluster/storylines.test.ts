// Storyline linking on hand-made stories: the May meeting and the December call link; an unrelated event sharing places does not.
import { describe, expect, it } from 'vitest';
import type { Article, StoryEntity } from '../domain/index.js';
import { makeArticle, mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { decemberAnnouncement, decemberCall, mayEnglish, mayFrench } from './__fixtures__/summit-articles.js';
import { groupStorylines, newStorylineId, type ScoredStoryPair } from './group-storylines.js';
import { addToProfile } from './story-profile.js';
import { gapBetween, scoreStorylineLink, storylineLookupKeys, type StorylineStory } from './storyline-link.js';
import { defaultStorylineSettings } from './storyline-settings.js';

const settings = defaultStorylineSettings;
const flatIdf = (): number => 1;

function storyOf(id: string, articles: readonly Article[]): StorylineStory {
  let profile = null;
  for (const article of articles) profile = addToProfile(profile, id, article);
  if (!profile) throw new Error('no articles');
  const entities: StoryEntity[] = [...new Map(articles.flatMap((a) => a.entities.map((e) => [e.id, { id: e.id, kind: e.kind, name: e.name, articles: 1 }]))).values()];
  return { id, firstPublishedAt: profile.firstPublishedAt, lastPublishedAt: profile.lastPublishedAt, keys: profile.keys, entities };
}

/** A Brussels energy summit in the same weeks: it names Russia, the United States and Washington, but none of the actors. */
const energySummit = makeArticle('energy', {
  title: 'EU leaders agree North Sea grid pact in Brussels',
  text: 'European Union leaders meeting in Brussels agreed a grid pact; Russia and the United States were mentioned once.',
  language: 'en',
  publishedAt: '2021-06-02T10:00:00.000Z',
  entities: [
    mention('place:brussels', { count: 4, inTitle: true }),
    mention('org:european-union', { count: 5, inTitle: true }),
    mention('place:north-sea', { count: 3, inTitle: true }),
    mention('place:russia'),
    mention('place:united-states'),
    mention('place:washington'),
  ],
  terms: weightTerms(['grid', 'pact', 'energi', 'leader', 'hydrogen']),
});

const dated = (article: Article, publishedAt: string): Article => ({ ...article, publishedAt });
const may = storyOf('s-may', [mayEnglish, mayFrench]);
const december = storyOf('s-dec', [dated(decemberCall, '2021-12-08T08:00:00.000Z'), dated(decemberAnnouncement, '2021-12-04T12:00:00.000Z')]);
const energy = storyOf('s-energy', [energySummit]);

describe('scoreStorylineLink', () => {
  it('links the May meeting and the December call on the leaders they share, months apart', () => {
    const link = scoreStorylineLink(may, december, flatIdf, settings);
    expect(link.refusal).toBeNull();
    expect(link.linked).toBe(true);
    expect(link.sharedEntities).toEqual(expect.arrayContaining(['person:joe-biden', 'person:vladimir-putin']));
    expect(link.gapDays).toBeGreaterThan(190);
    expect(link.gapDays).toBeLessThan(200);
    expect(scoreStorylineLink(december, may, flatIdf, settings).score).toBe(link.score);
  });

  it('does not link an unrelated event that shares only a few places, and says why', () => {
    const link = scoreStorylineLink(may, energy, flatIdf, settings);
    expect(link.linked).toBe(false);
    expect(link.refusal).toMatch(/score|shared core entities/);
  });

  it('refuses stories further apart than the longest gap', () => {
    const late = { ...december, firstPublishedAt: '2023-01-01T00:00:00.000Z', lastPublishedAt: '2023-01-02T00:00:00.000Z' };
    const link = scoreStorylineLink(may, late, flatIdf, settings);
    expect(link.linked).toBe(false);
    expect(link.refusal).toMatch(/days apart/);
  });

  it('lets IDF decide: entities every story carries count for less', () => {
    const commonLeaders = (key: string): number => (key.includes('biden') || key.includes('putin') || key.includes('russia') ? 0.05 : 1);
    expect(scoreStorylineLink(may, december, commonLeaders, settings).score).toBeLessThan(scoreStorylineLink(may, december, flatIdf, settings).score);
  });

  it('looks candidates up by core entities only', () => {
    const keys = storylineLookupKeys(may, settings);
    expect(keys.length).toBeLessThanOrEqual(settings.coreEntities);
    expect(keys.every((k) => k.startsWith('e:'))).toBe(true);
    expect(keys).toContain('e:person:antony-blinken');
  });

  it('measures the gap between spans, 0 when they overlap, null when undated', () => {
    const span = (first: string | null, last: string | null) => ({ firstPublishedAt: first, lastPublishedAt: last });
    expect(gapBetween(span('2021-05-01T00:00:00Z', '2021-05-03T00:00:00Z'), span('2021-05-13T00:00:00Z', null))).toBe(10);
    expect(gapBetween(span('2021-05-01T00:00:00Z', '2021-05-20T00:00:00Z'), span('2021-05-13T00:00:00Z', null))).toBe(0);
    expect(gapBetween(span(null, null), span('2021-05-13T00:00:00Z', null))).toBeNull();
  });
});

describe('groupStorylines', () => {
  const pair = (a: StorylineStory, b: StorylineStory): ScoredStoryPair => ({ a: a.id, b: b.id, score: scoreStorylineLink(a, b, flatIdf, settings) });

  it('groups linked stories in publication order and explains each member by its link to an earlier one', () => {
    const groups = groupStorylines([energy, december, may], [pair(december, may), pair(energy, may), pair(energy, december)]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group?.founder).toBe('s-may');
    expect(group?.members.map((m) => m.storyId)).toEqual(['s-may', 's-dec']);
    expect(group?.members[0]?.link.linkedTo).toBeNull();
    expect(group?.members[1]?.link.linkedTo).toBe('s-may');
    expect(group?.members[1]?.link.sharedEntities).toContain('person:vladimir-putin');
    expect(group?.title.split(' · ')).toHaveLength(3);
    expect(group?.entities.map((e) => e.id)).toContain('person:joe-biden');
    expect(group?.firstPublishedAt).toBe(may.firstPublishedAt);
    expect(group?.lastPublishedAt).toBe('2021-12-08T08:00:00.000Z');
  });

  it('leaves stories with no link out, and gives the same result whatever the input order', () => {
    expect(groupStorylines([may, energy], [pair(may, energy)])).toEqual([]);
    const forward = groupStorylines([may, december, energy], [pair(may, december), pair(may, energy)]);
    const backward = groupStorylines([energy, december, may], [pair(may, energy), pair(december, may)]);
    expect(backward).toEqual(forward);
  });

  it('chains: a story linked only through another joins the same storyline', () => {
    const june = storyOf('s-jun', [dated(mayEnglish, '2021-06-16T12:00:00.000Z')]);
    const groups = groupStorylines([may, june, december], [pair(may, june), pair(june, december)]);
    expect(groups.map((g) => g.members.map((m) => m.storyId))).toEqual([['s-may', 's-jun', 's-dec']]);
  });

  it('names a new storyline after its founder, stably', () => {
    expect(newStorylineId('s-may')).toBe(newStorylineId('s-may'));
    expect(newStorylineId('s-may')).toMatch(/^l_[0-9a-f]{10}$/);
    expect(newStorylineId('s-may')).not.toBe(newStorylineId('s-dec'));
  });
});
