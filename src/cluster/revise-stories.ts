// Merge and split pass over finished stories: stories that turn out to be one are merged, articles that drifted from their story leave it.
import type { StoryProfile } from '../domain/index.js';
import { articleKeys, isLookupKey, type ClusterArticle } from './article-keys.js';
import { compareText } from './compare-text.js';
import { countEvidence } from './decide-story.js';
import type { KeyFrequencies } from './idf.js';
import { MemoryClusterer } from './memory-clusterer.js';
import { measureMatch } from './score.js';
import type { ClusterSettings } from './settings.js';
import { LANGUAGE_PREFIX, addToProfile } from './story-profile.js';

/** A story as the pass sees it: its id and its articles, the founder first (in the order they joined, or of publication). */
export interface StoryGroup {
  id: string;
  articles: readonly ClusterArticle[];
}

export interface StoryMerge {
  /** The story that stays (its id and URL live on). */
  into: string;
  /** The story absorbed: its URL should lead to `into`. */
  from: string;
}

export interface StorySplit {
  /** The story the articles left. */
  from: string;
  /** The articles that left, grouped into the new stories they form (each group's first article founds it). */
  groups: string[][];
}

export interface RevisionPlan {
  merges: StoryMerge[];
  splits: StorySplit[];
  /** Every story after the pass, members in order: ids of surviving stories, and for split-off groups their founder's article id. */
  stories: StoryGroup[];
}

/** Shared index keys two stories need before they are compared at all. */
const MIN_SHARED_KEYS = 1;
/** Longest posting list scanned per key when looking for stories to merge with. */
const MAX_POSTINGS_SCANNED = 2000;

/**
 * Split first (a drifted article must not pull its old story into a merge), then merge.
 *
 * Split: an article whose score against the profile of the rest of its story falls below the
 * join threshold, or whose shared evidence falls below `minEvidence`, leaves. The founder stays
 * unless every other article is closer to the rest than it is. The articles that leave are
 * clustered among themselves, in order, into new stories.
 *
 * Merge: a story is absorbed by a larger one (ties: the smaller id survives) when most of its
 * articles would join that story on their own, and their mean score clears the join threshold.
 * Smaller stories are considered first, so a chain of merges ends in the largest story.
 *
 * The same groups in the same order always give the same plan.
 */
export function reviseStories(groups: readonly StoryGroup[], freq: KeyFrequencies, settings: ClusterSettings): RevisionPlan {
  const splits: StorySplit[] = [];
  const kept: StoryGroup[] = [];
  const formed: StoryGroup[] = [];
  for (const group of [...groups].sort((a, b) => compareText(a.id, b.id))) {
    const drifted = findDrifted(group.articles, freq, settings);
    if (drifted.size === 0) {
      kept.push(group);
      continue;
    }
    const leaving = group.articles.filter((a) => drifted.has(a.id));
    const clusterer = new MemoryClusterer(settings);
    for (const article of leaving) clusterer.add(article);
    const newGroups = [...clusterer.storyMembers().values()];
    splits.push({ from: group.id, groups: newGroups });
    kept.push({ id: group.id, articles: group.articles.filter((a) => !drifted.has(a.id)) });
    const byId = new Map(leaving.map((a) => [a.id, a]));
    for (const members of newGroups) formed.push({ id: members[0] as string, articles: members.map((id) => byId.get(id) as ClusterArticle) });
  }
  const { merges, stories } = mergeStories([...kept, ...formed], freq, settings);
  return { merges, splits, stories };
}

/** Members (by id) whose match with the rest of their story is below the join rule. */
export function findDrifted(articles: readonly ClusterArticle[], freq: KeyFrequencies, settings: ClusterSettings): Set<string> {
  if (articles.length < 2) return new Set();
  const whole = profileOf('story', articles, settings);
  const scores = articles.map((article) => ({ article, ...joins(article, withoutArticle(whole, article, settings), freq, settings) }));
  const drifted = new Set(scores.filter((s) => !s.ok).map((s) => s.article.id));
  const founder = scores[0];
  if (founder && drifted.has(founder.article.id)) {
    // A two-article story that no longer holds: the later article leaves, the founder keeps the story.
    // Otherwise the founder leaves only if someone else fits the rest better.
    const best = scores.slice(1).reduce((b, s) => (s.score > b.score ? s : b), founder);
    if (articles.length === 2 || best === founder) drifted.delete(founder.article.id);
    if (articles.length === 2) drifted.add((articles[1] as ClusterArticle).id);
  }
  if (drifted.size >= articles.length) drifted.delete((articles[0] as ClusterArticle).id);
  return drifted;
}

/** Whether an article would join a profile on its own: the same threshold and evidence rule as decideStory. */
function joins(article: ClusterArticle, profile: StoryProfile, freq: KeyFrequencies, settings: ClusterSettings): { ok: boolean; score: number } {
  const { reason, timeKnown } = measureMatch(article, profile, freq, settings);
  const threshold = timeKnown ? settings.joinThreshold : Math.max(settings.joinThreshold, settings.timelessJoinThreshold);
  return { ok: reason.score >= threshold && countEvidence(reason, freq, settings) >= settings.minEvidence, score: reason.score };
}

interface LiveStory {
  id: string;
  articles: ClusterArticle[];
  profile: StoryProfile;
  alive: boolean;
}

function mergeStories(groups: readonly StoryGroup[], freq: KeyFrequencies, settings: ClusterSettings): { merges: StoryMerge[]; stories: StoryGroup[] } {
  const live = groups
    .filter((g) => g.articles.length > 0)
    .map((g): LiveStory => ({ id: g.id, articles: [...g.articles], profile: profileOf(g.id, g.articles, settings), alive: true }));
  const byId = new Map(live.map((s) => [s.id, s]));
  const postings = new Map<string, string[]>();
  const posted = new Set<string>();
  const post = (key: string, id: string): void => {
    const pair = `${key}\u0000${id}`;
    if (posted.has(pair)) return;
    posted.add(pair);
    const list = postings.get(key);
    if (list) list.push(id);
    else postings.set(key, [id]);
  };
  for (const s of live) for (const key of lookupKeys(s.profile)) post(key, s.id);
  const bigger = (a: LiveStory, b: LiveStory): boolean => a.articles.length > b.articles.length || (a.articles.length === b.articles.length && compareText(a.id, b.id) < 0);
  const order = [...live].sort((a, b) => a.articles.length - b.articles.length || compareText(b.id, a.id));
  const merges: StoryMerge[] = [];
  for (const story of order) {
    if (!story.alive) continue;
    const shared = new Map<string, number>();
    for (const key of lookupKeys(story.profile)) {
      // Keys most stories carry are scanned only in part, as in candidate retrieval, so that the pass stays near linear.
      const list = postings.get(key) ?? [];
      for (let i = Math.max(0, list.length - MAX_POSTINGS_SCANNED); i < list.length; i++) {
        const id = list[i] as string;
        if (id !== story.id) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const candidates = [...shared]
      .filter(([, n]) => n >= MIN_SHARED_KEYS)
      .map(([id]) => byId.get(id) as LiveStory)
      .filter((c) => c.alive && bigger(c, story))
      .sort((a, b) => (shared.get(b.id) ?? 0) - (shared.get(a.id) ?? 0) || compareText(a.id, b.id))
      .slice(0, settings.maxCandidates);
    let best: { target: LiveStory; score: number } | null = null;
    for (const target of candidates) {
      const results = story.articles.map((a) => joins(a, target.profile, freq, settings));
      const joining = results.filter((r) => r.ok).length;
      const mean = results.reduce((s, r) => s + r.score, 0) / results.length;
      if (joining * 2 <= results.length || mean < settings.joinThreshold) continue;
      if (!best || mean > best.score || (mean === best.score && compareText(target.id, best.target.id) < 0)) best = { target, score: mean };
    }
    if (!best) continue;
    const target = best.target;
    for (const a of story.articles) target.profile = addToProfile(target.profile, target.id, a, undefined, settings);
    target.articles.push(...story.articles);
    for (const key of lookupKeys(target.profile)) post(key, target.id);
    story.alive = false;
    merges.push({ into: target.id, from: story.id });
  }
  // A story absorbed earlier may itself have been the target of an absorbed story: point every merge at the final survivor.
  const finalOf = (id: string): string => {
    let current = id;
    for (let m = merges.find((x) => x.from === current); m; m = merges.find((x) => x.from === current)) current = m.into;
    return current;
  };
  return {
    merges: merges.map((m) => ({ into: finalOf(m.into), from: m.from })),
    stories: live.filter((s) => s.alive).map((s) => ({ id: s.id, articles: s.articles })),
  };
}

function profileOf(id: string, articles: readonly ClusterArticle[], settings: ClusterSettings): StoryProfile {
  let profile: StoryProfile | null = null;
  for (const a of articles) profile = addToProfile(profile, id, a, undefined, settings);
  return profile as unknown as StoryProfile;
}

function lookupKeys(profile: StoryProfile): string[] {
  return Object.keys(profile.keys).filter((k) => isLookupKey(k) && !k.startsWith(LANGUAGE_PREFIX));
}

/**
 * The profile of a story without one of its articles: its keys and days taken back out. Profiles
 * keep only their strongest keys, so this is the rest of the story as closely as the profile
 * knows it, at the cost of one pass instead of rebuilding the profile for every member.
 */
function withoutArticle(profile: StoryProfile, article: ClusterArticle, settings: ClusterSettings): StoryProfile {
  const keys = { ...profile.keys };
  const remove = (key: string, weight: number): void => {
    const left = (keys[key] ?? 0) - weight;
    if (left > 1e-9) keys[key] = left;
    else delete keys[key];
  };
  for (const [key, weight] of Object.entries(articleKeys(article, settings))) remove(key, weight);
  remove(LANGUAGE_PREFIX + article.language, 1);
  const dates = { ...profile.dates };
  for (const day of new Set(article.dates)) {
    const left = (dates[day] ?? 0) - 1;
    if (left > 0) dates[day] = left;
    else delete dates[day];
  }
  return { ...profile, articleCount: profile.articleCount - 1, keys, dates };
}
