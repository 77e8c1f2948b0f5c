// Storyline reads for the pages and the API: a storyline with its stories' cards, and the storyline a story belongs to.
import type { Story, Storyline } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import type { StoryCardData } from '../views/story-card.js';

export interface StorylineView {
  storyline: Storyline;
  /** Members' stories with lead articles, in order; a story deleted since is left out. */
  cards: StoryCardData[];
}

/** Null when there is no such storyline or fewer than two of its stories remain. */
export async function loadStoryline(store: Store, id: string): Promise<StorylineView | null> {
  const storyline = await store.getStoryline(id);
  if (!storyline) return null;
  const stories = await Promise.all(storyline.members.map((m) => store.getStory(m.storyId)));
  const present = stories.filter((s): s is Story => s !== null);
  if (present.length < 2) return null;
  const leads = await Promise.all(present.map((story) => store.getArticle(story.leadArticleId)));
  return { storyline, cards: present.map((story, i) => ({ story, lead: leads[i] ?? null })) };
}

/** The storyline a story is in, or null. */
export async function loadStorylineOf(store: Store, storyId: string): Promise<Storyline | null> {
  const id = (await store.findStorylineIds([storyId]))[storyId];
  if (!id) return null;
  const storyline = await store.getStoryline(id);
  return storyline && storyline.storyCount >= 2 ? storyline : null;
}
