// The in-memory clusterer's index: bounded posting-list reads, eviction of stories that left the window, same decisions as unbounded.
import { describe, expect, it } from 'vitest';
import type { ClusterArticle } from './article-keys.js';
import { mention, weightTerms } from './__fixtures__/cluster-harness.js';
import { summitArticles } from './__fixtures__/summit-articles.js';
import { MemoryClusterer, makeClusterSettings } from './index.js';

const settings = makeClusterSettings();
const DAY_MS = 86_400_000;

/** A dated English article naming some entities and terms. */
function article(id: string, day: number, entities: string[], terms: string[], hour = 9): ClusterArticle {
  const publishedAt = new Date(Date.UTC(2025, 0, 1) + day * DAY_MS + hour * 3_600_000).toISOString();
  return {
    id,
    ref: id,
    url: null,
    sourceName: null,
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    title: id,
    text: id,
    language: 'en',
    languageConfidence: 1,
    publishedAt,
    publishedAtOrigin: 'meta',
    ingestedAt: publishedAt,
    contentHash: id,
    entities: entities.map((e) => mention(e, { count: 2 })),
    dates: [],
    terms: weightTerms(terms),
    storyId: null,
  };
}

/** Two articles a day over `days` days, each day its own event, all naming one very common place. */
function dailyEvents(days: number): ClusterArticle[] {
  const out: ClusterArticle[] = [];
  for (let d = 0; d < days; d++) {
    for (const n of [0, 1]) {
      out.push(
        article(`d${d}-${n}`, d, ['place:everywhere', `person:minister-${d}`, `org:agency-${d}`], [`quake${d}`, `relief${d}`, 'report'], 8 + n),
      );
    }
  }
  return out;
}

function runAll(clusterer: MemoryClusterer, articles: readonly ClusterArticle[]): Map<string, string> {
  for (const a of articles) clusterer.add(a);
  return clusterer.assignments();
}

describe('MemoryClusterer', () => {
  it('decides as an unbounded index does on the summit articles', () => {
    const bounded = runAll(new MemoryClusterer(settings), summitArticles);
    const unbounded = runAll(new MemoryClusterer(settings, { maxPostingsPerKey: Infinity, evictAfterDays: Infinity }), summitArticles);
    expect(bounded).toEqual(unbounded);
  });

  it('pairs each day\'s articles, with a shared key in every story, while reading few postings per key', () => {
    const events = dailyEvents(60);
    const bounded = new MemoryClusterer(settings, { maxPostingsPerKey: 3 });
    const assigned = runAll(bounded, events);
    const unbounded = runAll(new MemoryClusterer(settings, { maxPostingsPerKey: Infinity, evictAfterDays: Infinity }), events);
    expect(assigned).toEqual(unbounded);
    for (let d = 0; d < 60; d++) expect(assigned.get(`d${d}-1`)).toBe(`d${d}-0`);
    expect(bounded.countStories()).toBe(60);
  });

  it('takes stories out of the index once their last article is older than the eviction age, and keeps them in the results', () => {
    const clusterer = new MemoryClusterer(settings, { evictAfterDays: 10 });
    runAll(clusterer, dailyEvents(30));
    // Stories of days 19..29 are within 10 days of the newest article (day 29); older ones were evicted.
    expect(clusterer.activeStories()).toBe(11);
    expect(clusterer.countStories()).toBe(30);
    expect(clusterer.assignments().get('d0-1')).toBe('d0-0');
    expect(clusterer.profileOf('d0-0')?.keys).toEqual({});
    expect(clusterer.profileOf('d29-0')?.keys['e:person:minister-29']).toBeGreaterThan(0);
    // A late article about day 0 finds no story to join: day 0 left the index.
    const late = clusterer.add(article('late', 0, ['person:minister-0', 'org:agency-0'], ['quake0', 'relief0'], 12));
    expect(late.created).toBe(true);
  });

  it('still joins a story inside the window after eviction emptied whole posting lists', () => {
    const clusterer = new MemoryClusterer(settings, { evictAfterDays: 7 });
    runAll(clusterer, dailyEvents(40));
    const joined = clusterer.add(article('again', 39, ['person:minister-39', 'org:agency-39', 'place:everywhere'], ['quake39', 'relief39'], 20));
    expect(joined.storyId).toBe('d39-0');
    expect(clusterer.activeStories()).toBe(8);
  });

  it('hands evicted stories over and forgets them when asked, deciding as when it keeps them', () => {
    const handed = new Map<string, string[]>();
    const forgetting = new MemoryClusterer(settings, { evictAfterDays: 10, onEvict: (id, members) => handed.set(id, [...members]) });
    const keeping = new MemoryClusterer(settings, { evictAfterDays: 10 });
    const kept = runAll(keeping, dailyEvents(30));
    const live = runAll(forgetting, dailyEvents(30));
    // Days 0..18 left the index: handed over with their members, and no longer held.
    expect([...handed.keys()].sort()).toEqual(Array.from({ length: 19 }, (_, d) => `d${d}-0`).sort());
    expect(handed.get('d0-0')).toEqual(['d0-0', 'd0-1']);
    expect(forgetting.profileOf('d0-0')).toBeNull();
    expect(live.size).toBe(22);
    expect(forgetting.storyMembers().size).toBe(11);
    // Together, what was handed over and what is still held are the assignments of the clusterer that keeps everything.
    const all = new Map(live);
    for (const [id, members] of handed) for (const m of members) all.set(m, id);
    expect(all).toEqual(kept);
    expect(forgetting.countStories()).toBe(30);
  });

  it('forgets the counts of keys only an evicted story carried, and keeps the counts of shared keys', () => {
    const clusterer = new MemoryClusterer(settings, { evictAfterDays: 10 });
    runAll(clusterer, dailyEvents(30));
    // minister-0 was carried by day 0's story alone (evicted); the common place by every story.
    expect(clusterer.frequencies(['e:person:minister-0', 'e:place:everywhere', 'e:person:minister-29']).counts).toEqual({
      'e:person:minister-0': 0,
      'e:place:everywhere': 30,
      'e:person:minister-29': 1,
    });
  });

  it('rejects limits that would break the index', () => {
    expect(() => new MemoryClusterer(settings, { maxPostingsPerKey: 0 })).toThrow(/maxPostingsPerKey/);
    expect(() => new MemoryClusterer(settings, { evictAfterDays: 1 })).toThrow(/evictAfterDays/);
  });
});
