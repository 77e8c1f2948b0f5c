// Storyline linking after clustering: gathers the changed stories and everything they link to, regroups them, writes the storylines.
import type { ScoredStoryPair, StorylineSettings, StorylineStory } from '../cluster/index.js';
import { compareText, defaultStorylineSettings, groupStorylines, newStorylineId, scoreStorylineLink, storylineLookupKeys } from '../cluster/index.js';
import type { Storyline, StoryProfile } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { mapStoryIds } from './recluster.js';

export interface StorylineRunSummary {
  /** Stories looked at (the changed ones and those gathered around them). */
  stories: number;
  /** Storylines written (new or changed). */
  storylines: number;
  /** Stories that are in a storyline after the run, among those looked at. */
  linkedStories: number;
  /** Old storyline ids no longer used (deleted). */
  removed: number;
  /** True when an incremental run stopped gathering at `maxComponent` stories. */
  truncated: boolean;
}

/** Which stories to (re)link: the ones clustering just changed, or every stored story (after re-clustering). */
export type StorylineScope = { storyIds: readonly string[] } | 'all';

const DAY_MS = 86_400_000;
const PAGE = 1000;

/**
 * Starting from the scope, gathers each story's candidates (inverted index on its core entities,
 * within the longest gap) and, for an incremental run, the stories they link to and the members of
 * the storylines they are in, until nothing new turns up. The gathered stories are regrouped from
 * scratch, so a run gives the same storylines as a full one over the same stories. Each new
 * storyline keeps the old id it shares most stories with; old ids left unused are deleted.
 */
export async function linkStorylines(
  store: Store,
  scope: StorylineScope,
  settings: StorylineSettings = defaultStorylineSettings,
  now: string = new Date().toISOString(),
): Promise<StorylineRunSummary> {
  const full = scope === 'all';
  const start = full ? await listAllStoryIds(store) : [...new Set(scope.storyIds)].sort(compareText);
  const idf = createIdf(store);
  const stories = new Map<string, StorylineStory>();
  const pairs = new Map<string, ScoredStoryPair>();
  const queue = [...start];
  const queued = new Set(queue);
  let truncated = false;
  const enqueue = (id: string): void => {
    if (queued.has(id)) return;
    if (!full && queued.size >= settings.maxComponent) {
      truncated = true;
      return;
    }
    queued.add(id);
    queue.push(id);
  };

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const story = await loadStory(store, next);
    if (!story) continue;
    stories.set(story.id, story);
    const candidates = await findCandidates(store, story, settings);
    await idf.prepare([story, ...candidates]);
    for (const candidate of candidates) {
      const key = pairKey(story.id, candidate.id);
      if (pairs.has(key)) continue;
      const score = scoreStorylineLink(story, candidate, idf.of, settings);
      pairs.set(key, { a: story.id, b: candidate.id, score });
      if (score.linked) enqueue(candidate.id);
    }
    if (!full) {
      const inStoryline = (await store.findStorylineIds([story.id]))[story.id];
      const storyline = inStoryline ? await store.getStoryline(inStoryline) : null;
      for (const member of storyline?.members ?? []) enqueue(member.storyId);
    }
  }

  const gathered = [...stories.values()];
  const within = [...pairs.values()].filter((p) => stories.has(p.a) && stories.has(p.b));
  const groups = groupStorylines(gathered, within);
  const oldOf = await store.findStorylineIds(gathered.map((s) => s.id));
  const ids = mapStoryIds(
    groups.map((g) => g.members.map((m) => m.storyId)),
    (storyId) => oldOf[storyId] ?? null,
  );
  const used = new Set(ids.filter((id): id is string => id !== null));
  const save: Storyline[] = [];
  for (const [index, group] of groups.entries()) {
    let id = ids[index] ?? null;
    for (let n = 0; id === null || (ids[index] === null && used.has(id)); n++) id = newStorylineId(n === 0 ? group.founder : `${group.founder}#${n}`);
    used.add(id);
    const before = ids[index] ? await store.getStoryline(id) : null;
    const storyline: Storyline = {
      id,
      title: group.title,
      entities: group.entities,
      storyCount: group.members.length,
      firstPublishedAt: group.firstPublishedAt,
      lastPublishedAt: group.lastPublishedAt,
      members: group.members,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    if (!before || !sameStoryline(before, storyline)) save.push(storyline);
  }
  const removed = [...new Set(Object.values(oldOf))].filter((id) => !used.has(id));
  // A full run also drops storylines whose stories all went away (re-clustering deleted them).
  if (full) for (const storyline of await listAllStorylines(store)) if (!used.has(storyline.id) && !removed.includes(storyline.id)) removed.push(storyline.id);
  await store.replaceStorylines(save, removed.sort(compareText));
  return {
    stories: gathered.length,
    storylines: save.length,
    linkedStories: groups.reduce((sum, g) => sum + g.members.length, 0),
    removed: removed.length,
    truncated,
  };
}

async function loadStory(store: Store, id: string): Promise<StorylineStory | null> {
  const [story, profile] = await Promise.all([store.getStory(id), store.getStoryProfile(id)]);
  if (!story || !profile) return null;
  return { id, firstPublishedAt: story.firstPublishedAt, lastPublishedAt: story.lastPublishedAt, keys: profile.keys, entities: story.entities };
}

/** Stories sharing core entities within the longest gap (undated stories: any time). */
async function findCandidates(store: Store, story: StorylineStory, settings: StorylineSettings): Promise<StorylineStory[]> {
  const shift = (iso: string | null, days: number): string | null => {
    const ms = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(ms) ? null : new Date(ms + days * DAY_MS).toISOString();
  };
  const first = story.firstPublishedAt ?? story.lastPublishedAt;
  const last = story.lastPublishedAt ?? story.firstPublishedAt;
  const profiles = await store.findCandidateStories({
    keys: storylineLookupKeys(story, settings),
    from: shift(first, -settings.maxGapDays),
    to: shift(last, settings.maxGapDays),
    limit: settings.maxCandidates + 1,
  });
  return profiles.filter((p) => p.storyId !== story.id).map(fromProfile);
}

/** A candidate as scoring needs it; its entity names are loaded when it is gathered itself. */
function fromProfile(profile: StoryProfile): StorylineStory {
  return { id: profile.storyId, firstPublishedAt: profile.firstPublishedAt, lastPublishedAt: profile.lastPublishedAt, keys: profile.keys, entities: [] };
}

/** IDF over stored stories, smoothed so that a key every story has still counts a little: ln(1 + N / (1 + df)). */
function createIdf(store: Store): { prepare(stories: readonly StorylineStory[]): Promise<void>; of: (key: string) => number } {
  const counts = new Map<string, number>();
  let total = 0;
  return {
    async prepare(stories) {
      const missing = [...new Set(stories.flatMap((s) => Object.keys(s.keys)))].filter((k) => (k.startsWith('e:') || k.startsWith('t:')) && !counts.has(k));
      if (missing.length === 0) return;
      const found = await store.keyFrequencies(missing);
      total = found.stories;
      for (const key of missing) counts.set(key, found.counts[key] ?? 0);
    },
    of: (key) => Math.log(1 + total / (1 + (counts.get(key) ?? 0))),
  };
}

function pairKey(a: string, b: string): string {
  return compareText(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`;
}

function sameStoryline(a: Storyline, b: Storyline): boolean {
  const strip = (s: Storyline) => ({ ...s, createdAt: '', updatedAt: '' });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

async function listAllStoryIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStories({ limit: PAGE, offset });
    ids.push(...page.map((s) => s.id));
    if (page.length < PAGE) break;
  }
  return ids.sort(compareText);
}

async function listAllStorylines(store: Store): Promise<Storyline[]> {
  const all: Storyline[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStorylines({ limit: PAGE, offset });
    all.push(...page);
    if (page.length < PAGE) break;
  }
  return all;
}
