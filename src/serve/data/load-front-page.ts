// The front page's data, shared by the HTML page, the JSON API and the feeds: top stories by trend score, latest articles, trends of the last 24 h.
import type { Article, Story } from '../../domain/index.js';
import type { Store, StoryActivity } from '../../store/store.js';
import {
  DEFAULT_TREND,
  rankStories,
  selectRising,
  trendReference,
  windowEnd,
  windowStart,
  type RisingEntity,
  type TrendSettings,
} from '../trends/trend-score.js';
import type { StoryCardData } from '../views/story-card.js';

export const LATEST_COUNT = 12;
export const RISING_COUNT = 8;
/** Entities most mentioned in the last 24 h that are compared with the day before. */
const RISING_CANDIDATES = 50;
const DAY_HOURS = 24;

export interface TopStory extends StoryCardData {
  score: number;
  /** Articles of the story published in the last 24 h before the reference time. */
  recent: number;
}

export interface FrontPage {
  /** The moment trends are measured from (UTC ISO). */
  reference: string;
  top: TopStory[];
  latest: Article[];
  risingEntities: RisingEntity[];
  risingStories: { story: Story; recent: number }[];
}

export function trendSettings(given: Partial<TrendSettings> | undefined): TrendSettings {
  return { ...DEFAULT_TREND, ...given };
}

/**
 * Stories active in the trend window, best score first; when fewer than `count` are active the rest
 * of the page is filled with the most recent stories (score 0), so a quiet archive still has a front page.
 */
export async function loadFrontPage(store: Store, count: number, settings: TrendSettings, now = new Date()): Promise<FrontPage> {
  const reference = trendReference(now, await store.latestPublication());
  const end = windowEnd(reference);
  const dayStart = windowStart(reference, DAY_HOURS);
  const [{ activity, today }, mentions, latest] = await Promise.all([
    loadActivity(store, windowStart(reference, settings.windowHours), dayStart, end, settings.windowHours >= DAY_HOURS),
    store.compareEntityMentions(windowStart(reference, 2 * DAY_HOURS), dayStart, end, RISING_CANDIDATES),
    store.listArticles({ newestFirst: true, limit: LATEST_COUNT }),
  ]);
  const recent = new Map(today.map((a) => [a.storyId, a.articles]));
  const ranked = rankStories(activity, reference, settings).slice(0, count);
  const stories = await loadStories(store, ranked.map((r) => r.storyId));
  const top: TopStory[] = ranked.flatMap((r) => {
    const story = stories.get(r.storyId);
    return story ? [{ story, lead: null, score: r.score, recent: recent.get(r.storyId) ?? 0 }] : [];
  });
  if (top.length < count) {
    const shown = new Set(top.map((t) => t.story.id));
    const fill = await store.listStories({ limit: count + shown.size });
    for (const story of fill) {
      if (top.length >= count) break;
      if (!shown.has(story.id)) top.push({ story, lead: null, score: 0, recent: recent.get(story.id) ?? 0 });
    }
  }
  await attachLeads(store, top);
  const risingIds = [...today].sort(byRecentThenLatest).slice(0, 5);
  const risingStoryRows = await loadStories(store, risingIds.map((a) => a.storyId));
  return {
    reference: reference.toISOString(),
    top,
    latest,
    risingEntities: selectRising(
      mentions.map((m) => ({ id: m.id, name: m.name, kind: m.kind, articles: m.now })),
      mentions.map((m) => ({ id: m.id, articles: m.before })),
      RISING_COUNT,
    ),
    risingStories: risingIds.flatMap((a) => {
      const story = risingStoryRows.get(a.storyId);
      return story ? [{ story, recent: a.articles }] : [];
    }),
  };
}

/**
 * Story activity in the trend window and in the last 24 h. When the trend window holds the 24 h (the
 * default 48 h does), one pass counts both: a story's latest article in the window is then also its latest in the day.
 */
async function loadActivity(
  store: Store,
  windowFrom: string,
  dayFrom: string,
  end: string,
  windowHoldsDay: boolean,
): Promise<{ activity: StoryActivity[]; today: StoryActivity[] }> {
  if (!windowHoldsDay) {
    const [activity, today] = await Promise.all([store.listStoryActivity(windowFrom, end), store.listStoryActivity(dayFrom, end)]);
    return { activity, today };
  }
  const activity = await store.listStoryActivity(windowFrom, end, dayFrom);
  const today = activity.flatMap((a) => (a.recent ? [{ ...a, articles: a.recent }] : []));
  return { activity, today };
}

function byRecentThenLatest(a: StoryActivity, b: StoryActivity): number {
  return b.articles - a.articles || b.lastPublishedUtc.localeCompare(a.lastPublishedUtc) || a.storyId.localeCompare(b.storyId);
}

async function loadStories(store: Store, ids: string[]): Promise<Map<string, Story>> {
  const rows = await store.getStories(ids);
  return new Map(rows.map((story) => [story.id, story] as const));
}

/** Each card's lead article, for its summary, picture and headline language. */
export async function attachLeads(store: Store, cards: StoryCardData[]): Promise<void> {
  const leads = new Map((await store.getArticles(cards.map((card) => card.story.leadArticleId))).map((lead) => [lead.id, lead]));
  for (const card of cards) card.lead = leads.get(card.story.leadArticleId) ?? null;
}
