// Storylines from scored story pairs: connected stories form one storyline, each member explained by its strongest link.
import { createHash } from 'node:crypto';
import type { StoryEntity, StorylineMember } from '../domain/index.js';
import { compareText } from './compare-text.js';
import type { StorylineLinkScore, StorylineStory } from './storyline-link.js';

export interface ScoredStoryPair {
  a: string;
  b: string;
  score: StorylineLinkScore;
}

/** A storyline before it gets an id and timestamps. */
export interface StorylineGroup {
  /** The first story (publication order), whose id names a new storyline. */
  founder: string;
  members: StorylineMember[];
  entities: StoryEntity[];
  title: string;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

const TITLE_ENTITIES = 3;
const LISTED_ENTITIES = 12;

/** `l_` + 10 hex digits of the SHA-1 of the founding story's id: the same stories give the same id. */
export function newStorylineId(founderStoryId: string): string {
  return `l_${createHash('sha1').update(founderStoryId).digest('hex').slice(0, 10)}`;
}

/**
 * Groups stories joined by linked pairs (unlinked pairs are ignored); stories with no link stay out.
 * Groups come in order of their founders; the result depends only on the stories and pairs given.
 */
export function groupStorylines(stories: readonly StorylineStory[], pairs: readonly ScoredStoryPair[]): StorylineGroup[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const linked = pairs.filter((p) => p.score.linked && p.a !== p.b && byId.has(p.a) && byId.has(p.b));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const p of linked) {
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) parent.set(compareText(ra, rb) < 0 ? rb : ra, compareText(ra, rb) < 0 ? ra : rb);
  }
  const components = new Map<string, StorylineStory[]>();
  for (const id of new Set(linked.flatMap((p) => [p.a, p.b]))) {
    const root = find(id);
    components.set(root, [...(components.get(root) ?? []), byId.get(id) as StorylineStory]);
  }
  const groups = [...components.values()].map((members) => buildGroup(members.sort(byPublication), linked));
  return groups.sort((x, y) => byPublication(x.firstStory, y.firstStory)).map(({ firstStory: _first, ...group }) => group);
}

function buildGroup(ordered: StorylineStory[], linked: readonly ScoredStoryPair[]): StorylineGroup & { firstStory: StorylineStory } {
  const position = new Map(ordered.map((s, i) => [s.id, i]));
  const members: StorylineMember[] = ordered.map((story, index) => {
    if (index === 0) return { storyId: story.id, link: { linkedTo: null, score: 1, sharedEntities: [], sharedTerms: [], gapDays: null } };
    // Its strongest link to an earlier member; a member linked only to later ones takes its strongest link.
    const own = linked
      .filter((p) => p.a === story.id || p.b === story.id)
      .map((p) => ({ other: p.a === story.id ? p.b : p.a, score: p.score }))
      .filter((l) => position.has(l.other))
      .sort((x, y) => earlierFirst(x.other, y.other, index, position) || y.score.score - x.score.score || compareText(x.other, y.other));
    const best = own[0];
    if (!best) throw new Error(`storylines: story ${story.id} is grouped without a link`);
    const { sharedEntities, sharedTerms, gapDays, score } = best.score;
    return { storyId: story.id, link: { linkedTo: best.other, score, sharedEntities, sharedTerms, gapDays } };
  });
  const first = ordered[0] as StorylineStory;
  const entities = sharedEntities(ordered);
  return {
    founder: first.id,
    firstStory: first,
    members,
    entities,
    title: entities
      .slice(0, TITLE_ENTITIES)
      .map((e) => e.name)
      .join(' · '),
    firstPublishedAt: pickEdge(ordered, 'first'),
    lastPublishedAt: pickEdge(ordered, 'last'),
  };
}

/** 0 when both or neither are earlier than the member at `index`; earlier ones sort first. */
function earlierFirst(x: string, y: string, index: number, position: Map<string, number>): number {
  const ex = (position.get(x) ?? 0) < index ? 0 : 1;
  const ey = (position.get(y) ?? 0) < index ? 0 : 1;
  return ex - ey;
}

/** Entities that at least two members have, by members then articles; `articles` counts the members' articles. */
function sharedEntities(members: readonly StorylineStory[]): StoryEntity[] {
  const tally = new Map<string, { entity: StoryEntity; members: number; articles: number }>();
  for (const story of members) {
    for (const entity of story.entities) {
      const seen = tally.get(entity.id) ?? { entity, members: 0, articles: 0 };
      seen.members++;
      seen.articles += entity.articles;
      tally.set(entity.id, seen);
    }
  }
  return [...tally.values()]
    .filter((t) => t.members >= 2)
    .sort((x, y) => y.members - x.members || y.articles - x.articles || compareText(x.entity.id, y.entity.id))
    .slice(0, LISTED_ENTITIES)
    .map((t) => ({ ...t.entity, articles: t.articles }));
}

/** Publication order: dated stories by first publication, then undated ones; ties by id. */
export function byPublication(x: StorylineStory, y: StorylineStory): number {
  const tx = Date.parse(x.firstPublishedAt ?? x.lastPublishedAt ?? '');
  const ty = Date.parse(y.firstPublishedAt ?? y.lastPublishedAt ?? '');
  const kx = Number.isNaN(tx) ? Number.MAX_SAFE_INTEGER : tx;
  const ky = Number.isNaN(ty) ? Number.MAX_SAFE_INTEGER : ty;
  return kx - ky || compareText(x.id, y.id);
}

function pickEdge(members: readonly StorylineStory[], edge: 'first' | 'last'): string | null {
  let best: { value: string; ms: number } | null = null;
  for (const story of members) {
    const value = edge === 'first' ? story.firstPublishedAt : story.lastPublishedAt;
    const ms = value ? Date.parse(value) : NaN;
    if (!value || Number.isNaN(ms)) continue;
    if (!best || (edge === 'first' ? ms < best.ms : ms > best.ms)) best = { value, ms };
  }
  return best?.value ?? null;
}
