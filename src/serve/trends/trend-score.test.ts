// The trend score: breadth beats volume, age decays, ties and windows behave, rising entities.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TREND, rankStories, scoreStory, selectRising, trendReference } from './trend-score.js';

const reference = new Date('2021-05-21T12:00:00Z');
const activity = (storyId: string, articles: number, outlets: number, languages: number, last = '2021-05-21T12:00:00.000Z') => ({
  storyId,
  articles,
  outlets,
  languages,
  lastPublishedUtc: last,
});

describe('trend score', () => {
  it('follows the documented formula', () => {
    const score = scoreStory(activity('s', 12, 3, 2), reference);
    expect(score).toBeCloseTo(24 * (12 / 48) + 2 * 3 + 3 * 2, 10);
  });

  it('halves after one half-life without news', () => {
    const fresh = scoreStory(activity('s', 4, 2, 2), reference);
    const stale = scoreStory(activity('s', 4, 2, 2, '2021-05-21T00:00:00.000Z'), reference);
    expect(stale / fresh).toBeCloseTo(0.5, 10);
  });

  it('ranks a story covered by many outlets in many languages above one outlet repeating itself', () => {
    const ranked = rankStories([activity('one-outlet', 10, 1, 1), activity('everywhere', 6, 6, 4)], reference);
    expect(ranked.map((r) => r.storyId)).toEqual(['everywhere', 'one-outlet']);
  });

  it('takes custom weights', () => {
    const volume = { ...DEFAULT_TREND, perArticleHour: 1000, perOutlet: 0, perLanguage: 0 };
    const ranked = rankStories([activity('one-outlet', 10, 1, 1), activity('everywhere', 6, 6, 4)], reference, volume);
    expect(ranked[0]?.storyId).toBe('one-outlet');
  });

  it('measures from the latest publication when the archive is older than now', () => {
    expect(trendReference(new Date('2026-01-01T00:00:00Z'), '2021-05-21T12:00:00.000Z').toISOString()).toBe('2021-05-21T12:00:00.000Z');
    expect(trendReference(reference, '2030-01-01T00:00:00.000Z')).toBe(reference);
    expect(trendReference(reference, null)).toBe(reference);
  });

  it('selects entities that rise, biggest rise first', () => {
    const rising = selectRising(
      [
        { id: 'a', name: 'A', kind: 'person', articles: 5 },
        { id: 'b', name: 'B', kind: 'place', articles: 4 },
        { id: 'c', name: 'C', kind: 'org', articles: 3 },
      ],
      [
        { id: 'a', articles: 4 },
        { id: 'c', articles: 3 },
      ],
      5,
    );
    expect(rising.map((e) => [e.id, e.now, e.before])).toEqual([
      ['b', 4, 0],
      ['a', 5, 4],
    ]);
  });
});
