// Online clustering held in memory: an inverted index of active stories bounded in time, for benchmarks, re-clustering and scale runs.
import type { MatchReason, StoryProfile } from '../domain/index.js';
import { articleKeys, isLookupKey, type ClusterArticle } from './article-keys.js';
import { candidateWindow } from './candidate-window.js';
import { compareText } from './compare-text.js';
import { decideStory } from './decide-story.js';
import type { KeyFrequencies } from './idf.js';
import type { ClusterSettings } from './settings.js';
import { addToProfile } from './story-profile.js';

const DAY_MS = 86_400_000;

export interface MemoryClusterOptions {
  /**
   * Longest posting list scanned per key, newest first: keys nearly every story carries add little
   * to a score, and scanning them whole would make the cost grow with the archive.
   */
  maxPostingsPerKey?: number;
  /** Stories last published this many days before the newest article leave the index (they stay counted in the IDF). */
  evictAfterDays?: number;
}

export interface MemoryAssignment {
  articleId: string;
  storyId: string;
  reason: MatchReason;
  created: boolean;
}

interface StoryState {
  profile: StoryProfile;
  members: string[];
  /** Keys this story is listed under in the index. */
  indexed: Set<string>;
  evicted: boolean;
}

/**
 * The same decisions as the store-backed loop (candidates by shared key weight inside the time
 * window, `decideStory` on them, profiles grown with `addToProfile`), with the index in maps.
 * Story ids are the founding article's id, so the result depends only on the input order.
 */
export class MemoryClusterer {
  private readonly stories = new Map<string, StoryState>();
  private readonly postings = new Map<string, string[]>();
  /** How many stories ever carried each key: the IDF, kept up to date as the archive grows. */
  private readonly storyFrequency = new Map<string, number>();
  private readonly articleStory = new Map<string, string>();
  /** Stories not evicted yet; eviction walks these only, so its cost follows the window, not the archive. */
  private readonly active = new Set<string>();
  private storyCount = 0;
  private newestMs = -Infinity;
  private sinceEviction = 0;
  private readonly maxPostings: number;
  private readonly evictAfterMs: number;

  constructor(
    private readonly settings: ClusterSettings,
    options: MemoryClusterOptions = {},
  ) {
    this.maxPostings = options.maxPostingsPerKey ?? 2000;
    this.evictAfterMs = (options.evictAfterDays ?? settings.windowDays * 3) * DAY_MS;
  }

  add(article: ClusterArticle): MemoryAssignment {
    const keys = articleKeys(article, this.settings);
    const keyList = Object.keys(keys);
    const candidates = this.findCandidates(article, keys);
    const decision = decideStory(article, candidates, this.frequencies(keyList), this.settings);
    const storyId = decision.storyId ?? article.id;
    const state = this.stories.get(storyId);
    const profile = addToProfile(state?.profile ?? null, storyId, article, undefined, this.settings);
    this.saveProfile(storyId, profile, article.id);
    this.articleStory.set(article.id, storyId);
    const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
    if (!Number.isNaN(published) && published > this.newestMs) this.newestMs = published;
    if (++this.sinceEviction >= 1000) this.evictStale();
    return { articleId: article.id, storyId, reason: decision.reason, created: decision.kind === 'new' };
  }

  /** Article id -> story id for every article added so far. */
  assignments(): Map<string, string> {
    return new Map(this.articleStory);
  }

  /** Story id -> member article ids, in the order they joined. */
  storyMembers(): Map<string, string[]> {
    return new Map([...this.stories].map(([id, s]) => [id, [...s.members]]));
  }

  profileOf(storyId: string): StoryProfile | null {
    return this.stories.get(storyId)?.profile ?? null;
  }

  frequencies(keys: readonly string[]): KeyFrequencies {
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = this.storyFrequency.get(key) ?? 0;
    return { stories: this.storyCount, counts };
  }

  /** Stories still in the index (not evicted): what one clustering step can reach. */
  activeStories(): number {
    return this.active.size;
  }

  /** Moves every member of `from` into `into` (profiles added up) and forgets `from`. */
  mergeStories(into: string, from: string, articles: ReadonlyMap<string, ClusterArticle>): void {
    const source = this.stories.get(from);
    const target = this.stories.get(into);
    if (!source || !target || into === from) return;
    let profile = target.profile;
    for (const id of source.members) {
      const article = articles.get(id);
      if (article) profile = addToProfile(profile, into, article, undefined, this.settings);
      this.articleStory.set(id, into);
    }
    target.members.push(...source.members);
    for (const key of source.indexed) this.storyFrequency.set(key, (this.storyFrequency.get(key) ?? 1) - 1);
    source.evicted = true;
    this.stories.delete(from);
    this.active.delete(from);
    this.storyCount--;
    this.saveProfile(into, profile, null);
  }

  private saveProfile(storyId: string, profile: StoryProfile, articleId: string | null): void {
    let state = this.stories.get(storyId);
    if (!state) {
      state = { profile, members: [], indexed: new Set(), evicted: false };
      this.stories.set(storyId, state);
      this.active.add(storyId);
      this.storyCount++;
    }
    state.profile = profile;
    if (articleId !== null) state.members.push(articleId);
    for (const key of Object.keys(profile.keys)) {
      if (state.indexed.has(key) || key.startsWith('l:')) continue;
      state.indexed.add(key);
      this.storyFrequency.set(key, (this.storyFrequency.get(key) ?? 0) + 1);
      if (!isLookupKey(key)) continue;
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      list.push(storyId);
    }
  }

  /** Stories sharing keys inside the time window, by summed profile weight of the shared keys, ties by id. */
  private findCandidates(article: ClusterArticle, keys: Record<string, number>): StoryProfile[] {
    const window = candidateWindow(article, this.settings);
    const from = window.from ? Date.parse(window.from) : -Infinity;
    const to = window.to ? Date.parse(window.to) : Infinity;
    const overlap = new Map<string, number>();
    for (const key of Object.keys(keys)) {
      if (!isLookupKey(key)) continue;
      const list = this.postings.get(key);
      if (!list) continue;
      const stop = Math.max(0, list.length - this.maxPostings);
      for (let i = list.length - 1; i >= stop; i--) {
        const id = list[i] as string;
        const state = this.stories.get(id);
        if (!state || state.evicted) continue;
        const weight = state.profile.keys[key] ?? 0;
        if (weight > 0) overlap.set(id, (overlap.get(id) ?? 0) + weight);
      }
    }
    const ranked: Array<[string, number]> = [];
    for (const [id, score] of overlap) {
      const p = (this.stories.get(id) as StoryState).profile;
      const first = p.firstPublishedAt ? Date.parse(p.firstPublishedAt) : null;
      const last = p.lastPublishedAt ? Date.parse(p.lastPublishedAt) : null;
      if (first !== null && first > to) continue;
      if (last !== null && last < from) continue;
      ranked.push([id, score]);
    }
    ranked.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    return ranked.slice(0, this.settings.maxCandidates).map(([id]) => (this.stories.get(id) as StoryState).profile);
  }

  /** Drops stories that fell out of every future window from the posting lists (they stay in the counts). */
  private evictStale(): void {
    this.sinceEviction = 0;
    if (this.newestMs === -Infinity) return;
    const cutoff = this.newestMs - this.evictAfterMs;
    for (const id of this.active) {
      const state = this.stories.get(id) as StoryState;
      const last = state.profile.lastPublishedAt ? Date.parse(state.profile.lastPublishedAt) : NaN;
      if (!Number.isNaN(last) && last < cutoff) {
        state.evicted = true;
        this.active.delete(id);
        // Keep only what a result needs: the members; the profile's keys are no longer scored.
        state.profile = { ...state.profile, keys: {}, dates: {} };
      }
    }
    for (const [key, list] of this.postings) {
      const kept = list.filter((id) => this.stories.get(id)?.evicted === false);
      if (kept.length === 0) this.postings.delete(key);
      else if (kept.length !== list.length) this.postings.set(key, kept);
    }
  }
}
