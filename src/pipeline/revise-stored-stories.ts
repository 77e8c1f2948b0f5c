// The merge and split pass on stored stories: after clustering, the stories that changed and their neighbours are revised together.
import type { ClusterArticle, ClusterSettings, RevisionPlan, StoryGroup } from '../cluster/index.js';
import {
  addToProfile,
  articleKeys,
  compareText,
  founderReason,
  isLookupKey,
  LANGUAGE_PREFIX,
  newStoryId,
  reviseStories,
  scoreAgainstProfile,
  summarizeStory,
} from '../cluster/index.js';
import type { MatchReason, Story, StoryProfile } from '../domain/index.js';
import type { Store, StoryRedirect } from '../store/index.js';
import type { PivotTerms } from './cluster-pending.js';

export interface RevisionSummary {
  /** Stories absorbed by another (their ids now redirect). */
  merged: number;
  /** Stories some articles left. */
  split: number;
  /** New stories formed by the articles that left. */
  formed: number;
  redirects: StoryRedirect[];
}

const DAY_MS = 86_400_000;

/**
 * Revises `storyIds` together with the stories they could merge with (found the way an article
 * finds candidates: shared index keys inside the time window), then writes what changed: rebuilt
 * stories first, then the redirects of absorbed stories, then their deletion, so that an
 * interruption never leaves an article without a story.
 */
export async function reviseStoredStories(
  store: Store,
  settings: ClusterSettings,
  storyIds: readonly string[],
  pivot?: PivotTerms,
): Promise<RevisionSummary> {
  const summary: RevisionSummary = { merged: 0, split: 0, formed: 0, redirects: [] };
  const touched = [...new Set(storyIds)].sort(compareText);
  if (touched.length === 0) return summary;
  const involved = new Set(touched);
  for (const id of touched) {
    const profile = await store.getStoryProfile(id);
    if (!profile) continue;
    for (const neighbour of await findNeighbours(store, profile, settings)) involved.add(neighbour);
  }

  const groups: StoryGroup[] = [];
  const before = new Map<string, string[]>();
  const reasons = new Map<string, MatchReason>();
  for (const id of [...involved].sort(compareText)) {
    const members = await store.listStoryMembers(id);
    const articles: ClusterArticle[] = [];
    for (const member of members) {
      const article = await store.getArticle(member.articleId);
      if (!article) continue;
      const view = (await pivot?.(article)) ?? null;
      articles.push({ ...article, pivotTerms: view?.terms ?? null, pivotText: view?.text ?? null, denseVector: view?.vector ?? null });
      reasons.set(article.id, member.reason);
    }
    before.set(id, articles.map((a) => a.id));
    if (articles.length > 0) groups.push({ id, articles });
  }
  const keys = new Set<string>();
  for (const g of groups) for (const a of g.articles) for (const key of Object.keys(articleKeys(a, settings))) keys.add(key);
  const plan = reviseStories(groups, await store.keyFrequencies([...keys]), settings);
  if (plan.merges.length === 0 && plan.splits.length === 0) return summary;
  await writePlan(store, settings, plan, before, reasons, await store.keyFrequencies([...keys]));
  summary.merged = plan.merges.length;
  summary.split = plan.splits.length;
  summary.formed = plan.stories.filter((s) => !before.has(s.id)).length;
  summary.redirects = plan.merges.filter((m) => before.has(m.from)).map((m) => ({ from: m.from, to: m.into }));
  return summary;
}

async function findNeighbours(store: Store, profile: StoryProfile, settings: ClusterSettings): Promise<string[]> {
  const keys = Object.keys(profile.keys).filter((k) => isLookupKey(k) && !k.startsWith(LANGUAGE_PREFIX));
  const first = profile.firstPublishedAt ? Date.parse(profile.firstPublishedAt) : NaN;
  const last = profile.lastPublishedAt ? Date.parse(profile.lastPublishedAt) : NaN;
  const from = Number.isNaN(first) ? null : new Date(first - settings.windowDays * DAY_MS).toISOString();
  const to = Number.isNaN(last) ? null : new Date(last + (settings.windowDays + 1) * DAY_MS).toISOString();
  const found = await store.findCandidateStories({ keys, from, to, limit: settings.maxCandidates });
  return found.map((p) => p.storyId).filter((id) => id !== profile.storyId);
}

async function writePlan(
  store: Store,
  settings: ClusterSettings,
  plan: RevisionPlan,
  before: ReadonlyMap<string, readonly string[]>,
  oldReasons: ReadonlyMap<string, MatchReason>,
  freq: Awaited<ReturnType<Store['keyFrequencies']>>,
): Promise<void> {
  const now = new Date().toISOString();
  const used = new Set(before.keys());
  for (const group of plan.stories) {
    const ids = group.articles.map((a) => a.id);
    const existed = before.get(group.id);
    if (existed && existed.length === ids.length && existed.every((id, i) => id === ids[i])) continue;
    // Split-off groups are named by their founding article, like a story the clusterer starts.
    let storyId = group.id;
    if (!existed) {
      storyId = newStoryId({ id: group.id });
      for (let n = 1; used.has(storyId) || (await store.getStory(storyId)) !== null; n++) storyId = newStoryId({ id: `${group.id}#${n}` });
      used.add(storyId);
    }
    const previous = existed ? await store.getStory(storyId) : null;
    let profile: StoryProfile | null = null;
    let story: Story | null = null;
    const assigned: Array<[string, MatchReason]> = [];
    for (const article of group.articles) {
      // Members that stay where they were keep their reason; moved ones are scored against the story they now join.
      const stayed = existed?.includes(article.id) ?? false;
      const reason = profile === null ? founderReason() : stayed ? (oldReasons.get(article.id) ?? founderReason()) : scoreAgainstProfile(article, profile, freq, settings);
      profile = addToProfile(profile, storyId, article, undefined, settings);
      story = summarizeStory(story, storyId, article, reason, now, settings);
      assigned.push([article.id, reason]);
    }
    if (!story || !profile) continue;
    await store.saveStory(previous ? { ...story, createdAt: previous.createdAt } : story, profile);
    for (const [articleId, reason] of assigned) await store.assignArticle(articleId, storyId, reason);
  }
  // Only stored stories have URLs to keep; a split-off group absorbed at once never had one.
  const redirects = plan.merges.filter((m) => before.has(m.from)).map((m) => ({ from: m.from, to: m.into }));
  await store.redirectStories(redirects);
  await store.deleteStories(redirects.map((r) => r.from));
}

/**
 * The periodic pass: every story last published from `since` on (ISO instant), newest first,
 * revised in batches with its neighbours. Stories that drift as articles arrive one by one
 * (the worker clusters each article as its job comes) are caught here.
 */
export async function reviseRecentStories(
  store: Store,
  settings: ClusterSettings,
  since: string,
  pivot?: PivotTerms,
  onProgress?: (done: number) => void,
): Promise<RevisionSummary & { stories: number }> {
  const sinceMs = Date.parse(since);
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStories({ limit: PAGE, offset });
    const recent = page.filter((s) => s.lastPublishedAt !== null && Date.parse(s.lastPublishedAt) >= sinceMs);
    ids.push(...recent.map((s) => s.id));
    // Stories come newest first (undated last): once a page ends before `since`, the rest do too.
    if (page.length < PAGE || recent.length < page.length) break;
  }
  const total: RevisionSummary & { stories: number } = { merged: 0, split: 0, formed: 0, redirects: [], stories: ids.length };
  const gone = new Set<string>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH).filter((id) => !gone.has(id));
    const done = await reviseStoredStories(store, settings, batch, pivot);
    total.merged += done.merged;
    total.split += done.split;
    total.formed += done.formed;
    total.redirects.push(...done.redirects);
    for (const r of done.redirects) gone.add(r.from);
    onProgress?.(Math.min(ids.length, i + BATCH));
  }
  return total;
}

const PAGE = 500;
/** Stories revised together: each brings its neighbours along, so batches stay small. */
const BATCH = 20;
