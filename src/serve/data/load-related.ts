// "Read also" and "You may like": stories sharing the rarest weighty keys (entities, pivot terms) through the store's inverted index.
import { articleKeys } from '../../cluster/index.js';
import type { Article, Story } from '../../domain/index.js';
import type { Store } from '../../store/store.js';

/** Keys asked of the inverted index; a few rare ones find related news better than many common ones. */
const KEYS_ASKED = 10;

/**
 * The keys that best identify a story or article: weight × IDF, so "United States" (in every other
 * story) counts less than "Reykjavik". Number keys are left out: figures rarely mean the same news.
 */
async function distinctiveKeys(store: Store, keys: Record<string, number>): Promise<string[]> {
  const entries = Object.entries(keys).filter(([key]) => !key.startsWith('n:'));
  if (entries.length === 0) return [];
  const frequencies = await store.keyFrequencies(entries.map(([key]) => key));
  const total = Math.max(1, frequencies.stories);
  return entries
    .map(([key, weight]) => ({ key, value: weight * Math.log(1 + total / (1 + (frequencies.counts[key] ?? 0))) }))
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key))
    .slice(0, KEYS_ASKED)
    .map((entry) => entry.key);
}

async function findRelated(store: Store, keys: string[], exclude: string | null, limit: number): Promise<Story[]> {
  if (keys.length === 0 || limit <= 0) return [];
  const candidates = await store.findCandidateStories({ keys, from: null, to: null, limit: limit + 1 });
  const ids = candidates.map((c) => c.storyId).filter((id) => id !== exclude).slice(0, limit);
  return store.getStories(ids);
}

/** Stories related to a story ("Read also"), most shared weight first. */
export async function loadRelatedStories(store: Store, storyId: string, limit: number): Promise<Story[]> {
  const profile = await store.getStoryProfile(storyId);
  if (!profile) return [];
  return findRelated(store, await distinctiveKeys(store, profile.keys), storyId, limit);
}

/** Lead articles of stories related to an article, other than its own ("You may like"). */
export async function loadYouMayLike(store: Store, article: Article, limit: number): Promise<Article[]> {
  const stories = await findRelated(store, await distinctiveKeys(store, articleKeys(article)), article.storyId, limit);
  const leads = await store.getArticles(stories.map((story) => story.leadArticleId));
  return leads.filter((lead) => lead.id !== article.id);
}
