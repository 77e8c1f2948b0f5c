// The front page's trend score: how fast a story gains articles, how many outlets and languages carry it, decayed by age.
import type { StoryActivity } from '../../store/store.js';

/**
 * score = (perArticleHour × articles per hour in the window
 *          + perOutlet × distinct outlets + perLanguage × distinct languages)
 *         × 0.5 ^ (hours since the story's latest article in the window / halfLifeHours)
 *
 * Only articles published inside the window count. Outlets and languages weigh more than raw volume
 * so that one outlet's ten updates do not outrank an event covered everywhere.
 */
export interface TrendSettings {
  /** Hours of publications counted, ending at the reference time. */
  windowHours: number;
  /** After this many hours without a new article a story's score halves. */
  halfLifeHours: number;
  perArticleHour: number;
  perOutlet: number;
  perLanguage: number;
}

export const DEFAULT_TREND: TrendSettings = { windowHours: 48, halfLifeHours: 12, perArticleHour: 24, perOutlet: 2, perLanguage: 3 };

const HOUR_MS = 3_600_000;

export interface ScoredStory {
  storyId: string;
  score: number;
  activity: StoryActivity;
}

export function scoreStory(activity: StoryActivity, reference: Date, settings: TrendSettings = DEFAULT_TREND): number {
  const rate = activity.articles / settings.windowHours;
  const base = settings.perArticleHour * rate + settings.perOutlet * activity.outlets + settings.perLanguage * activity.languages;
  const ageHours = Math.max(0, (reference.getTime() - new Date(activity.lastPublishedUtc).getTime()) / HOUR_MS);
  return base * 0.5 ** (ageHours / settings.halfLifeHours);
}

/** Highest score first; ties go to the most recent story, then by id so the order is stable. */
export function rankStories(activities: StoryActivity[], reference: Date, settings: TrendSettings = DEFAULT_TREND): ScoredStory[] {
  return activities
    .map((activity) => ({ storyId: activity.storyId, score: scoreStory(activity, reference, settings), activity }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.activity.lastPublishedUtc.localeCompare(a.activity.lastPublishedUtc) ||
        a.storyId.localeCompare(b.storyId),
    );
}

/**
 * The moment trends are measured from: now, or the latest stored publication when that is older
 * (an archive or a demo corpus still has a front page; it shows the news as it stood then).
 */
export function trendReference(now: Date, latestPublication: string | null): Date {
  if (!latestPublication) return now;
  const latest = new Date(latestPublication);
  return Number.isNaN(latest.getTime()) || latest > now ? now : latest;
}

export function windowStart(reference: Date, hours: number): string {
  return new Date(reference.getTime() - hours * HOUR_MS).toISOString();
}

/** Just after the reference, so an article published exactly then is inside the half-open window. */
export function windowEnd(reference: Date): string {
  return new Date(reference.getTime() + 1).toISOString();
}

export interface RisingEntity {
  id: string;
  name: string;
  kind: string;
  /** Articles mentioning it in the last period, and in the one before. */
  now: number;
  before: number;
}

/** Entities mentioned more now than in the period before, biggest rise first. */
export function selectRising(
  current: { id: string; name: string; kind: string; articles: number }[],
  previous: { id: string; articles: number }[],
  limit: number,
): RisingEntity[] {
  const before = new Map(previous.map((entity) => [entity.id, entity.articles]));
  return current
    .map((entity) => ({ id: entity.id, name: entity.name, kind: entity.kind, now: entity.articles, before: before.get(entity.id) ?? 0 }))
    .filter((entity) => entity.now > entity.before)
    .sort((a, b) => b.now - b.before - (a.now - a.before) || b.now - a.now || a.id.localeCompare(b.id))
    .slice(0, limit);
}
