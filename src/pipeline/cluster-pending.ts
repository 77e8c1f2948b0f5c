// Runs the queued clustering jobs: each article joins the best matching story or starts one.
import type { Article, Story, WeightedTerm } from '../domain/index.js';
import { UpstreamError, describeError } from '../domain/index.js';
import type { ClusterArticle, ClusterSettings } from '../cluster/index.js';
import { addToProfile, articleKeys, candidateWindow, decideStory, isLookupKey, newStoryId, summarizeStory } from '../cluster/index.js';
import type { Store } from '../store/index.js';
import { linkStorylines, type StorylineRunSummary } from './link-storylines.js';
import { reviseStoredStories, type RevisionSummary } from './revise-stored-stories.js';

export interface ClusterRunSummary {
  clustered: number;
  newStories: number;
  failed: { articleId: string; message: string }[];
  /** Storyline linking over the stories this run changed (null when none changed). */
  storylines: StorylineRunSummary | null;
  /** What the merge and split pass did to the stories this run touched. */
  revision: RevisionSummary;
}

const batchSize = 50;
const maxAttempts = 5;

/** The stemmed English terms of an article's pivot text (itself when English, else its translation), or null. */
export type PivotTerms = (article: Article) => Promise<PivotView | null>;

/** An article's English pivot: the stemmed terms and the text they come from. */
export interface PivotView {
  terms: readonly WeightedTerm[];
  text: string;
  /** Sentence vector of the text (unit length), when the dense signal is on. */
  vector?: Float32Array | null;
}

/** Processes jobs until none is due; articles are taken in queue order, so the result is deterministic. */
export async function clusterPending(
  store: Store,
  settings: ClusterSettings,
  onProgress?: (done: number) => void,
  pivot?: PivotTerms,
): Promise<ClusterRunSummary> {
  const summary: ClusterRunSummary = { clustered: 0, newStories: 0, failed: [], storylines: null, revision: { merged: 0, split: 0, formed: 0, redirects: [] } };
  const touched = new Set<string>();
  for (;;) {
    const jobs = await store.claimJobs('cluster', batchSize);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      try {
        const article = await store.getArticle(job.key);
        if (article && article.storyId === null) {
          const view = (await pivot?.(article)) ?? null;
          const { created, storyId } = await placeArticle(store, { ...article, pivotTerms: view?.terms ?? null, pivotText: view?.text ?? null, denseVector: view?.vector ?? null }, settings);
          touched.add(storyId);
          summary.clustered++;
          if (created) summary.newStories++;
        }
        await store.completeJob(job.id);
      } catch (error) {
        const message = `cluster: ${describeError(error)} (${job.key})`;
        summary.failed.push({ articleId: job.key, message });
        await store.failJob(job.id, message, job.attempts + 1 >= maxAttempts ? null : retryTime(job.attempts));
      }
      onProgress?.(summary.clustered + summary.failed.length);
    }
  }
  // One article at a time cannot see that two young stories are one, or that a story drifted:
  // the stories this run touched are revised with their neighbours once the queue is empty.
  if (touched.size > 0) summary.revision = await reviseStoredStories(store, settings, [...touched], pivot);
  // After the stories settle: link the changed ones (and what they reach) into storylines; a merged
  // story is gone, the story that absorbed it changed.
  for (const { from, to } of summary.revision.redirects) {
    touched.delete(from);
    touched.add(to);
  }
  if (touched.size > 0) summary.storylines = await linkStorylines(store, { storyIds: [...touched] });
  return summary;
}

/** Returns true when the article started a new story. */
export async function clusterArticle(store: Store, article: ClusterArticle, settings: ClusterSettings, lockStory?: (storyId: string) => Promise<void>): Promise<boolean> {
  return (await placeArticle(store, article, settings, lockStory)).created;
}

/**
 * Puts the article in a story; says which, and whether it started it. With `lockStory` (parallel
 * workers), a story it joins is locked and read again before it is written: another worker may have
 * added an article to it meanwhile, through keys this one does not share.
 */
async function placeArticle(
  store: Store,
  article: ClusterArticle,
  settings: ClusterSettings,
  lockStory?: (storyId: string) => Promise<void>,
): Promise<{ created: boolean; storyId: string }> {
  const keys = articleKeys(article, settings);
  const window = candidateWindow(article, settings);
  const keyList = Object.keys(keys);
  // Both reads at once: on PostgreSQL each takes its own connection, and a clustering worker holds its window lock meanwhile.
  const [candidates, frequencies] = await Promise.all([
    store.findCandidateStories({ keys: keyList.filter(isLookupKey), ...window, limit: settings.maxCandidates }),
    store.keyFrequencies(keyList),
  ]);
  const decision = decideStory(article, candidates, frequencies, settings);
  const storyId = decision.storyId ?? newStoryId(article);
  let previousProfile = decision.kind === 'join' ? (candidates.find((c) => c.storyId === storyId) ?? null) : null;
  let previousStory: Story | null = null;
  if (decision.kind === 'join' && lockStory) {
    await lockStory(storyId);
    [previousProfile, previousStory] = await Promise.all([store.getStoryProfile(storyId), store.getStory(storyId)]);
    if (!previousProfile || !previousStory) throw new UpstreamError('cluster', 'the story chosen was removed meanwhile; the job is retried', storyId, true);
  } else if (decision.kind === 'join') {
    previousStory = await store.getStory(storyId);
  }
  const profile = addToProfile(previousProfile, storyId, article, undefined, settings);
  const story = summarizeStory(previousStory, storyId, article, decision.reason, new Date().toISOString(), settings);
  // One transaction: a worker killed between the two writes must not leave a story without its founder.
  await store.saveStoryAndAssign(story, profile, article.id, decision.reason);
  return { created: decision.kind === 'new', storyId };
}

/** Exponential backoff: 1, 2, 4, 8 minutes. */
function retryTime(attempts: number): string {
  return new Date(Date.now() + 60_000 * 2 ** attempts).toISOString();
}
