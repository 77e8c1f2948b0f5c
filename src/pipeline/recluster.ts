// Re-clustering: rebuilds the stories of stored articles with the current model and weights, keeping the story ids that still fit.
import type { ClusterArticle, ClusterSettings } from '../cluster/index.js';
import {
  MemoryClusterer,
  addToProfile,
  articleKeys,
  compareText,
  founderReason,
  newStoryId,
  reviseStories,
  scoreAgainstProfile,
  summarizeStory,
} from '../cluster/index.js';
import type { Article, MatchReason, Story } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { PivotTerms } from './cluster-pending.js';
import { linkStorylines, type StorylineRunSummary } from './link-storylines.js';

export interface ReclusterOptions {
  /** Only articles published (or, undated, ingested) from this ISO instant on, with the whole stories they are in. */
  since?: string | null;
  onProgress?: (done: number, total: number) => void;
  pivot?: PivotTerms;
}

export interface ReclusterSummary {
  articles: number;
  storiesBefore: number;
  storiesAfter: number;
  /** Stories that kept an id they had before (their URLs still work). */
  idsKept: number;
  /** Old story ids no longer used (deleted; each redirects to the story holding most of its articles). */
  idsRemoved: number;
  /** Storylines relinked over every stored story. */
  storylines: StorylineRunSummary;
  /** Stories the merge pass absorbed into others, and stories some articles left. */
  merged: number;
  split: number;
}

const PAGE = 1000;

/**
 * Clusters the chosen articles afresh, in publication order (the same input gives the same stories),
 * then gives each new story the old id it shares most articles with (largest overlap first, each old
 * id used once); the rest get new ids. Stories are written before the unused old ids are deleted,
 * so a crash midway leaves every article in some story.
 */
export async function reclusterArticles(store: Store, settings: ClusterSettings, options: ReclusterOptions = {}): Promise<ReclusterSummary> {
  const sinceMs = options.since ? Date.parse(options.since) : null;
  const stored: Article[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    stored.push(...page);
    if (page.length < PAGE) break;
  }
  const timeOf = (a: Article): number => Date.parse(a.publishedAt ?? a.ingestedAt);
  const touched = new Set<string>();
  for (const a of stored) if (sinceMs === null || timeOf(a) >= sinceMs) if (a.storyId) touched.add(a.storyId);
  // Whole stories are rebuilt: an old story reaching across the date comes along entirely.
  const chosen = stored
    .filter((a) => sinceMs === null || timeOf(a) >= sinceMs || (a.storyId !== null && touched.has(a.storyId)))
    .sort((x, y) => orderOf(x) - orderOf(y) || compareText(x.ingestedAt, y.ingestedAt) || compareText(x.id, y.id));

  const clusterer = new MemoryClusterer(settings);
  const reasons = new Map<string, MatchReason>();
  const byId = new Map<string, ClusterArticle>();
  for (const [i, article] of chosen.entries()) {
    const view = (await options.pivot?.(article)) ?? null;
    const prepared: ClusterArticle = { ...article, pivotTerms: view?.terms ?? null, pivotText: view?.text ?? null, denseVector: view?.vector ?? null };
    byId.set(article.id, prepared);
    reasons.set(article.id, clusterer.add(prepared).reason);
    options.onProgress?.(i + 1, chosen.length);
  }

  // The merge and split pass over everything, as after any clustering run.
  const online = clusterer.storyMembers();
  const allKeys = new Set<string>();
  for (const a of byId.values()) for (const key of Object.keys(articleKeys(a, settings))) allKeys.add(key);
  const plan = reviseStories(
    [...online].map(([id, members]) => ({ id, articles: members.map((m) => byId.get(m) as ClusterArticle) })),
    clusterer.frequencies([...allKeys]),
    settings,
  );
  const revised = new Map(plan.stories.map((s) => [s.id, s.articles.map((a) => a.id)]));
  for (const [id, members] of revised) {
    const before = online.get(id);
    if (before && before.length === members.length && before.every((m, i) => m === members[i])) continue;
    // A story the pass changed: each member's reason is its match with the members before it.
    let profile = null;
    for (const memberId of members) {
      const article = byId.get(memberId) as ClusterArticle;
      const freq = clusterer.frequencies(Object.keys(articleKeys(article, settings)));
      reasons.set(memberId, profile ? scoreAgainstProfile(article, profile, freq, settings) : founderReason());
      profile = addToProfile(profile, id, article, undefined, settings);
    }
  }
  const groups = [...revised].sort((a, b) => compareText(a[0], b[0]));
  const ids = mapStoryIds(
    groups.map(([, members]) => members),
    (id) => byId.get(id)?.storyId ?? null,
  );
  const now = new Date().toISOString();
  const used = new Set<string>(ids.filter((id): id is string => id !== null));
  const finalIds: string[] = [];
  for (const [index, [founder, members]] of groups.entries()) {
    let storyId = ids[index] ?? null;
    // A fresh id comes from the founding article, which may be the founder of an old story whose id
    // went to a larger group: then a suffix keeps it apart.
    for (let n = 0; storyId === null || (ids[index] === null && used.has(storyId)); n++) {
      storyId = newStoryId({ id: n === 0 ? founder : `${founder}#${n}` });
    }
    used.add(storyId);
    finalIds[index] = storyId;
    const before = await store.getStory(storyId);
    let story: Story | null = null;
    let profile = null;
    for (const memberId of members) {
      const article = byId.get(memberId) as ClusterArticle;
      const reason = reasons.get(memberId) as MatchReason;
      profile = addToProfile(profile, storyId, article, undefined, settings);
      story = summarizeStory(story, storyId, article, reason, now, settings);
    }
    if (!story || !profile) continue;
    await store.saveStory(before ? { ...story, createdAt: before.createdAt } : story, profile);
    for (const memberId of members) await store.assignArticle(memberId, storyId, reasons.get(memberId) as MatchReason);
  }
  const removed = [...touched].filter((id) => !used.has(id));
  // An old id that no longer names a story leads to the story most of its articles are in now.
  const newIdOf = new Map<string, string>();
  for (const [index, [, members]] of groups.entries()) for (const m of members) newIdOf.set(m, finalIds[index] as string);
  const redirects = removed.flatMap((old) => {
    const counts = new Map<string, number>();
    for (const a of chosen) if (a.storyId === old) counts.set(newIdOf.get(a.id) ?? '', (counts.get(newIdOf.get(a.id) ?? '') ?? 0) + 1);
    counts.delete('');
    const best = [...counts].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0];
    return best ? [{ from: old, to: best[0] }] : [];
  });
  await store.redirectStories(redirects);
  await store.deleteStories(removed);
  // Stories changed wholesale: storylines are rebuilt over all of them (ids kept by overlap).
  const storylines = await linkStorylines(store, 'all');
  return {
    storylines,
    articles: chosen.length,
    storiesBefore: touched.size,
    storiesAfter: groups.length,
    idsKept: [...used].filter((id) => touched.has(id)).length,
    idsRemoved: removed.length,
    merged: plan.merges.length,
    split: plan.splits.length,
  };
}

/**
 * For each new group, the old story id it takes: pairs (group, old id) by shared articles, largest
 * first (ties: earlier group, smaller id), each group and each old id matched at most once.
 */
export function mapStoryIds(groups: readonly (readonly string[])[], oldStoryOf: (articleId: string) => string | null): (string | null)[] {
  const pairs: Array<{ group: number; old: string; shared: number }> = [];
  groups.forEach((members, group) => {
    const counts = new Map<string, number>();
    for (const id of members) {
      const old = oldStoryOf(id);
      if (old) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    for (const [old, shared] of counts) pairs.push({ group, old, shared });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.group - b.group || compareText(a.old, b.old));
  const result: (string | null)[] = groups.map(() => null);
  const taken = new Set<string>();
  for (const p of pairs) {
    if (result[p.group] !== null || taken.has(p.old)) continue;
    result[p.group] = p.old;
    taken.add(p.old);
  }
  return result;
}

/** Publication time, undated articles after dated ones (by ingestion). */
function orderOf(a: Article): number {
  const ms = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isNaN(ms) ? Number.MAX_SAFE_INTEGER : ms;
}
