// Test support for the cluster stage: hand-built Articles and an in-memory run of the pipeline's clustering loop.
import type { Article, EntityKind, EntityMention, MatchReason, Story, StoryProfile } from '../../domain/index.js';
import type { ClusterArticle } from '../article-keys.js';
import {
  addToProfile,
  articleKeys,
  candidateWindow,
  decideStory,
  defaultProfileLimits,
  newStoryId,
  summarizeStory,
  type ClusterSettings,
  type KeyFrequencies,
} from '../index.js';

/** An entity mention; the kind is read from the id prefix (`person:`, `place:`, `org:`). */
export function mention(id: string, options: { count?: number; inTitle?: boolean; surfaces?: string[] } = {}): EntityMention {
  const kind = (id.split(':')[0] ?? 'other') as EntityKind;
  const name = (id.split(':')[1] ?? id)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return { id, kind, name, surfaces: options.surfaces ?? [name], count: options.count ?? 1, inTitle: options.inTitle ?? false };
}

/** Terms from a list, weighted from 1 down, as enrichment would rank them. */
export function weightTerms(terms: readonly string[]): Article['terms'] {
  return terms.map((term, i) => ({ term, weight: 1 - i / (terms.length + 1) }));
}

/** A complete Article with neutral defaults; tests override what they look at. */
export function makeArticle(id: string, overrides: Partial<ClusterArticle> = {}): ClusterArticle {
  return {
    id,
    ref: `fixtures/${id}.txt`,
    url: null,
    sourceName: null,
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    title: `Title of ${id}`,
    text: `Text of ${id}.`,
    language: 'en',
    languageConfidence: 0.99,
    publishedAt: null,
    publishedAtOrigin: 'none',
    ingestedAt: '2026-01-01T00:00:00.000Z',
    contentHash: `hash-${id}`,
    entities: [],
    dates: [],
    terms: [],
    storyId: null,
    ...overrides,
  };
}

export interface LoopResult {
  /** story id -> member article ids in arrival order */
  stories: Map<string, string[]>;
  profiles: Map<string, StoryProfile>;
  summaries: Map<string, Story>;
  reasons: Map<string, MatchReason>;
}

/**
 * What the pipeline does per article, with the store replaced by maps: candidates share a key and
 * have a publication span overlapping the window (a missing bound never excludes), best overlap
 * first; key frequencies count the stories carrying each key.
 */
export function runClusterLoop(articles: readonly Article[], settings: ClusterSettings, now = '2026-01-01T00:00:00.000Z'): LoopResult {
  const result: LoopResult = { stories: new Map(), profiles: new Map(), summaries: new Map(), reasons: new Map() };
  for (const article of articles) {
    const keys = articleKeys(article, settings);
    const window = candidateWindow(article, settings);
    const candidates = findCandidates([...result.profiles.values()], Object.keys(keys), window, settings.maxCandidates);
    const freq = countKeys([...result.profiles.values()], Object.keys(keys));
    const decision = decideStory(article, candidates, freq, settings);
    const storyId = decision.storyId ?? newStoryId(article);
    const previous = decision.kind === 'join' ? (result.profiles.get(storyId) ?? null) : null;
    const profile = addToProfile(previous, storyId, article, defaultProfileLimits, settings);
    const story = summarizeStory(result.summaries.get(storyId) ?? null, storyId, article, decision.reason, now, settings);
    result.profiles.set(storyId, profile);
    result.summaries.set(storyId, story);
    result.stories.set(storyId, [...(result.stories.get(storyId) ?? []), article.id]);
    result.reasons.set(article.id, decision.reason);
  }
  return result;
}

/** The groups of a loop result as sorted lists of sorted ids, for order-free comparison. */
export function listGroups(result: LoopResult): string[][] {
  return [...result.stories.values()].map((ids) => [...ids].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

function findCandidates(
  profiles: readonly StoryProfile[],
  keys: readonly string[],
  window: { from: string | null; to: string | null },
  limit: number,
): StoryProfile[] {
  const from = window.from ? Date.parse(window.from) : null;
  const to = window.to ? Date.parse(window.to) : null;
  const scored: Array<[StoryProfile, number]> = [];
  for (const profile of profiles) {
    const first = profile.firstPublishedAt ? Date.parse(profile.firstPublishedAt) : null;
    const last = profile.lastPublishedAt ? Date.parse(profile.lastPublishedAt) : null;
    if (to !== null && first !== null && first > to) continue;
    if (from !== null && last !== null && last < from) continue;
    const overlap = keys.reduce((sum, key) => sum + (profile.keys[key] ?? 0), 0);
    if (overlap > 0) scored.push([profile, overlap]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0].storyId < b[0].storyId ? -1 : 1));
  return scored.slice(0, limit).map(([profile]) => profile);
}

function countKeys(profiles: readonly StoryProfile[], keys: readonly string[]): KeyFrequencies {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = profiles.filter((p) => (p.keys[key] ?? 0) > 0).length;
  return { stories: profiles.length, counts };
}
