// Whether two stories belong to one storyline: their core entities and terms compared under IDF, within a time gap.
import type { StoryEntity } from '../domain/index.js';
import { ENTITY_PREFIX, TERM_PREFIX } from './article-keys.js';
import { compareText } from './compare-text.js';
import type { StorylineSettings } from './storyline-settings.js';

/** A story as storyline linking sees it: its span, its profile keys and its entities' names. */
export interface StorylineStory {
  id: string;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  /** The story profile's keys; only `e:` (entities) and `t:` (terms) are read. */
  keys: Readonly<Record<string, number>>;
  entities: readonly StoryEntity[];
}

/** IDF of a key across stored stories (higher = rarer). */
export type KeyIdf = (key: string) => number;

export interface StorylineLinkScore {
  linked: boolean;
  score: number;
  entityScore: number;
  termScore: number;
  /** Shared core entity ids, strongest first. */
  sharedEntities: string[];
  /** Shared core terms (without prefix), strongest first. */
  sharedTerms: string[];
  gapDays: number | null;
  /** Why the two are not linked (null when they are). */
  refusal: string | null;
}

const DAY_MS = 86_400_000;
const SHOWN_TERMS = 8;

/** Compares two distinct stories; deterministic, symmetric in everything but the order of nothing. */
export function scoreStorylineLink(a: StorylineStory, b: StorylineStory, idf: KeyIdf, settings: StorylineSettings): StorylineLinkScore {
  const entitiesA = coreVector(a.keys, ENTITY_PREFIX, settings.coreEntities, idf);
  const entitiesB = coreVector(b.keys, ENTITY_PREFIX, settings.coreEntities, idf);
  const termsA = coreVector(a.keys, TERM_PREFIX, settings.coreTerms, idf);
  const termsB = coreVector(b.keys, TERM_PREFIX, settings.coreTerms, idf);
  const entity = cosine(entitiesA, entitiesB);
  const term = cosine(termsA, termsB);
  const score = settings.entityWeight * entity.value + (1 - settings.entityWeight) * term.value;
  const gapDays = gapBetween(a, b);
  const result = {
    score: round(score),
    entityScore: round(entity.value),
    termScore: round(term.value),
    sharedEntities: entity.shared.map((key) => key.slice(ENTITY_PREFIX.length)),
    sharedTerms: term.shared.slice(0, SHOWN_TERMS).map((key) => key.slice(TERM_PREFIX.length)),
    gapDays,
  };
  const refusal =
    gapDays !== null && gapDays > settings.maxGapDays
      ? `${gapDays} days apart (at most ${settings.maxGapDays})`
      : result.sharedEntities.length < settings.minSharedEntities
        ? `${result.sharedEntities.length} shared core entities (at least ${settings.minSharedEntities})`
        : score < settings.minScore
          ? `score ${result.score} (at least ${settings.minScore})`
          : null;
  return { ...result, linked: refusal === null, refusal };
}

/** The keys to look a story's storyline candidates up by: its core entities. */
export function storylineLookupKeys(story: Pick<StorylineStory, 'keys'>, settings: StorylineSettings): string[] {
  return strongest(story.keys, ENTITY_PREFIX, settings.coreEntities).map(([key]) => key);
}

/** Days between the end of the earlier story and the start of the later one; 0 when the spans overlap, null when undated. */
export function gapBetween(a: Pick<StorylineStory, 'firstPublishedAt' | 'lastPublishedAt'>, b: Pick<StorylineStory, 'firstPublishedAt' | 'lastPublishedAt'>): number | null {
  const span = (s: typeof a): [number, number] | null => {
    const first = Date.parse(s.firstPublishedAt ?? s.lastPublishedAt ?? '');
    const last = Date.parse(s.lastPublishedAt ?? s.firstPublishedAt ?? '');
    return Number.isNaN(first) || Number.isNaN(last) ? null : [first, last];
  };
  const x = span(a);
  const y = span(b);
  if (!x || !y) return null;
  const gap = Math.max(0, y[0] - x[1], x[0] - y[1]);
  return Math.round((gap / DAY_MS) * 10) / 10;
}

function strongest(keys: Readonly<Record<string, number>>, prefix: string, max: number): [string, number][] {
  return Object.entries(keys)
    .filter(([key, weight]) => key.startsWith(prefix) && weight > 0)
    .sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))
    .slice(0, max);
}

/** The strongest keys of a kind, each weighted by IDF, as a unit vector. */
function coreVector(keys: Readonly<Record<string, number>>, prefix: string, max: number, idf: KeyIdf): Map<string, number> {
  const weighted = strongest(keys, prefix, max).map(([key, weight]) => [key, weight * idf(key)] as const);
  const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
  return new Map(norm > 0 ? weighted.map(([key, w]) => [key, w / norm]) : []);
}

/** Cosine of two unit vectors, with the shared keys by their contribution (largest first). */
function cosine(x: Map<string, number>, y: Map<string, number>): { value: number; shared: string[] } {
  const parts: [string, number][] = [];
  for (const [key, wx] of x) {
    const wy = y.get(key);
    if (wy !== undefined) parts.push([key, wx * wy]);
  }
  parts.sort((p, q) => q[1] - p[1] || compareText(p[0], q[0]));
  return { value: Math.min(1, parts.reduce((sum, [, v]) => sum + v, 0)), shared: parts.map(([key]) => key) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
