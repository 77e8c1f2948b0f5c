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
  /**
   * When set, a story leaving the index is handed over here with its members and then forgotten:
   * assignments() and storyMembers() cover only the stories still in the index, and memory stays
   * bounded however long the stream. Unset, every story and assignment is kept (recluster, revise).
   */
  onEvict?: (storyId: string, members: readonly string[]) => void;
}

export interface MemoryAssignment {
  articleId: string;
  storyId: string;
  reason: MatchReason;
  created: boolean;
}

/** A story's entry in one posting list, with the profile's current weight of that key (0 once the profile dropped it). */
interface Posting {
  state: StoryState;
  weight: number;
}

interface StoryState {
  id: string;
  profile: StoryProfile;
  members: string[];
  /** Keys this story is counted under (IDF); null once evicted. */
  indexed: Set<string> | null;
  /**
   * Its entries in the posting lists of its lookup keys, by key: the weights are refreshed when the
   * profile changes, so that ranking candidates reads numbers, not 200-key profiles. Null once evicted.
   */
  postings: Map<string, Posting> | null;
  evicted: boolean;
  /** The profile's publication span as epoch ms (NaN when unknown), kept beside it so a scan compares numbers. */
  firstMs: number;
  lastMs: number;
  /** The UTC day bucket the story waits in for eviction, or null when it has no publication time. */
  evictionDay: number | null;
}

/**
 * The same decisions as the store-backed loop (candidates by shared key weight inside the time
 * window, `decideStory` on them, profiles grown with `addToProfile`), with the index in maps.
 * Story ids are the founding article's id, so the result depends only on the input order.
 *
 * What one article costs does not grow with the archive: a posting list is read newest first and
 * at most `maxPostingsPerKey` live stories deep, stories leave the index (not the results, nor the
 * IDF counts) once their last article is `evictAfterDays` older than the newest, and eviction
 * works through day buckets, touching only the stories it removes.
 */
export class MemoryClusterer {
  private readonly stories = new Map<string, StoryState>();
  /** Key -> stories listed under it, in the order they gained the key (evicted ones linger until the list is compacted). */
  private readonly postings = new Map<string, Posting[]>();
  /** Key -> how many evicted stories its posting list still holds. */
  private readonly deadPostings = new Map<string, number>();
  /** How many stories ever carried each key: the IDF, kept up to date as the archive grows. */
  private readonly storyFrequency = new Map<string, number>();
  private readonly articleStory = new Map<string, string>();
  /** Stories not evicted yet, by the UTC day of their last article. */
  private readonly byLastDay = new Map<number, Set<StoryState>>();
  private activeCount = 0;
  private oldestDay = Infinity;
  private storyCount = 0;
  private newestMs = -Infinity;
  private readonly maxPostings: number;
  private readonly evictAfterMs: number;
  private readonly onEvict: ((storyId: string, members: readonly string[]) => void) | null;

  constructor(
    private readonly settings: ClusterSettings,
    options: MemoryClusterOptions = {},
  ) {
    this.maxPostings = options.maxPostingsPerKey ?? 200;
    this.evictAfterMs = (options.evictAfterDays ?? settings.windowDays * 3) * DAY_MS;
    this.onEvict = options.onEvict ?? null;
    if (!(this.maxPostings >= 1)) throw new Error(`cluster: maxPostingsPerKey must be at least 1, got ${String(options.maxPostingsPerKey)}`);
    if (!(this.evictAfterMs >= settings.windowDays * DAY_MS)) {
      throw new Error(`cluster: evictAfterDays must be at least windowDays (${settings.windowDays}), got ${String(options.evictAfterDays)}`);
    }
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
    this.evictStale();
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

  /** Stories made so far (merged ones counted once). */
  countStories(): number {
    return this.storyCount;
  }

  /** Stories still in the index (not evicted): what one clustering step can reach. */
  activeStories(): number {
    return this.activeCount;
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
    for (const key of source.indexed ?? []) this.storyFrequency.set(key, (this.storyFrequency.get(key) ?? 1) - 1);
    if (!source.evicted) this.evict(source, true);
    this.stories.delete(from);
    this.storyCount--;
    this.saveProfile(into, profile, null);
  }

  private saveProfile(storyId: string, profile: StoryProfile, articleId: string | null): void {
    let state = this.stories.get(storyId);
    if (!state) {
      state = { id: storyId, profile, members: [], indexed: new Set(), postings: new Map(), evicted: false, firstMs: NaN, lastMs: NaN, evictionDay: null };
      this.stories.set(storyId, state);
      this.activeCount++;
      this.storyCount++;
    }
    state.profile = profile;
    state.firstMs = profile.firstPublishedAt ? Date.parse(profile.firstPublishedAt) : NaN;
    state.lastMs = profile.lastPublishedAt ? Date.parse(profile.lastPublishedAt) : NaN;
    if (articleId !== null) state.members.push(articleId);
    if (state.evicted || state.indexed === null || state.postings === null) return; // an article too late for the window: counted, not indexed again
    const indexed = state.indexed;
    const own = state.postings;
    for (const key of Object.keys(profile.keys)) {
      if (indexed.has(key) || key.startsWith('l:')) continue;
      indexed.add(key);
      this.storyFrequency.set(key, (this.storyFrequency.get(key) ?? 0) + 1);
      if (!isLookupKey(key)) continue;
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = []));
      const posting: Posting = { state, weight: 0 };
      own.set(key, posting);
      list.push(posting);
    }
    for (const [key, posting] of own) posting.weight = profile.keys[key] ?? 0;
    this.placeForEviction(state);
  }

  /** Files the story under the day of its last article, where eviction will find it. */
  private placeForEviction(state: StoryState): void {
    const day = Number.isNaN(state.lastMs) ? null : Math.floor(state.lastMs / DAY_MS);
    if (day === state.evictionDay) return;
    if (state.evictionDay !== null) this.byLastDay.get(state.evictionDay)?.delete(state);
    state.evictionDay = day;
    if (day === null) return;
    let bucket = this.byLastDay.get(day);
    if (!bucket) this.byLastDay.set(day, (bucket = new Set()));
    bucket.add(state);
    if (day < this.oldestDay) this.oldestDay = day;
  }

  /**
   * Stories sharing keys inside the time window, by summed profile weight of the shared keys, ties
   * by id. Each posting list is read from its newest story back, over at most maxPostings stories
   * still in the index: a key that many live stories carry weighs little in a score, and the
   * stories an article belongs with are reached through its rarer keys.
   */
  private findCandidates(article: ClusterArticle, keys: Record<string, number>): StoryProfile[] {
    const window = candidateWindow(article, this.settings);
    const from = window.from ? Date.parse(window.from) : -Infinity;
    const to = window.to ? Date.parse(window.to) : Infinity;
    const overlap = new Map<StoryState, number>();
    for (const key in keys) {
      if (!isLookupKey(key)) continue;
      const list = this.postings.get(key);
      if (!list) continue;
      let live = 0;
      for (let i = list.length - 1; i >= 0 && live < this.maxPostings; i--) {
        const posting = list[i] as Posting;
        const state = posting.state;
        if (state.evicted) continue;
        live++;
        // A missing bound never excludes (as in the store's query).
        if (state.firstMs > to || state.lastMs < from) continue;
        const weight = posting.weight;
        if (weight > 0) overlap.set(state, (overlap.get(state) ?? 0) + weight);
      }
    }
    const ranked = [...overlap];
    ranked.sort((a, b) => b[1] - a[1] || compareText(a[0].id, b[0].id));
    const out: StoryProfile[] = [];
    for (let i = 0; i < ranked.length && i < this.settings.maxCandidates; i++) out.push((ranked[i] as [StoryState, number])[0].profile);
    return out;
  }

  /**
   * Takes out of the index every story whose last article is more than evictAfterDays older than
   * the newest article seen: whole day buckets at a time, so the work is the evicted stories' keys.
   */
  private evictStale(): void {
    if (this.newestMs === -Infinity) return;
    const cutoffDay = Math.floor((this.newestMs - this.evictAfterMs) / DAY_MS);
    while (this.oldestDay < cutoffDay) {
      const bucket = this.byLastDay.get(this.oldestDay);
      if (bucket) {
        this.byLastDay.delete(this.oldestDay);
        for (const state of bucket) this.evict(state);
      }
      this.oldestDay = this.byLastDay.size === 0 ? Infinity : this.oldestDay + 1;
    }
  }

  /**
   * Out of the index (it stays in the results and the IDF counts): its posting entries are marked
   * dead, and a list is compacted once half of it is dead, so compaction costs O(1) per entry.
   */
  private evict(state: StoryState, merged = false): void {
    if (state.evicted) return;
    state.evicted = true;
    this.activeCount--;
    if (state.evictionDay !== null) this.byLastDay.get(state.evictionDay)?.delete(state);
    state.evictionDay = null;
    for (const key of state.postings?.keys() ?? []) {
      const list = this.postings.get(key);
      if (!list) continue;
      const dead = (this.deadPostings.get(key) ?? 0) + 1;
      if (dead * 2 < list.length) {
        this.deadPostings.set(key, dead);
        continue;
      }
      const kept = list.filter((p) => !p.state.evicted);
      this.deadPostings.delete(key);
      if (kept.length === 0) this.postings.delete(key);
      else this.postings.set(key, kept);
    }
    // A key only this story ever carried is forgotten with it: kept, such counts (one-off figures
    // and names) would grow with the archive. Should the key come back, it counts from 0, not 1:
    // it looks a little rarer than it is, never more common.
    if (!merged) {
      for (const key of state.indexed ?? []) {
        if (this.storyFrequency.get(key) === 1) this.storyFrequency.delete(key);
      }
    }
    // Keep only what a result needs: the members; the keys are no longer scored nor listed.
    state.indexed = null;
    state.postings = null;
    state.profile = { ...state.profile, keys: {}, dates: {} };
    if (!merged && this.onEvict !== null && this.stories.get(state.id) === state) {
      this.onEvict(state.id, state.members);
      for (const id of state.members) this.articleStory.delete(id);
      this.stories.delete(state.id);
    }
  }
}
