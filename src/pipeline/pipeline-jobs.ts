// Pipeline work as queued jobs: what an ingested article needs, and the handlers workers run (translate, then cluster).
import type { Article } from '../domain/index.js';
import { UNKNOWN_LANGUAGE, UpstreamError } from '../domain/index.js';
import type { ClusterArticle, ClusterSettings } from '../cluster/index.js';
import { articleKeys, isLookupKey } from '../cluster/index.js';
import type { JobHandler, JobQueue, WindowLock } from '../queue/index.js';
import type { Store } from '../store/index.js';
import type { Translator } from '../translate/index.js';
import type { PivotTerms } from './cluster-pending.js';
import { clusterArticle } from './cluster-pending.js';
import { linkStorylines } from './link-storylines.js';
import type { TranslationPlan } from './translate-articles.js';
import { translateArticle, translationJobKey } from './translate-articles.js';

export const TRANSLATE_JOB = 'translate';
export const CLUSTER_JOB = 'cluster';
/** Relinks a story's storyline after clustering changed the story (key: story id). */
export const STORYLINE_JOB = 'storyline';
/**
 * Storyline jobs lock this key: they run one at a time, as two could regroup the same stories, while
 * clustering goes on under the keys of articles (a hash equal to it only makes one article wait).
 */
const STORYLINE_LOCK = -1;
/** Clustering compares English pivot texts: English is the language an article may wait for. */
const PIVOT = 'en';

export interface PipelineJobServices {
  store: Store;
  translator: Translator;
  translationPlan: TranslationPlan;
  clusterSettings: ClusterSettings;
  pivotTerms: PivotTerms;
  queue: JobQueue;
  lock: WindowLock;
}

/** True when the article is clustered only after its English translation exists (its translate job queues it). */
export function waitsForPivot(article: Pick<Article, 'language'>, plan: TranslationPlan): boolean {
  return article.language !== PIVOT && article.language !== UNKNOWN_LANGUAGE && plan.targets.includes(PIVOT);
}

/** Queues a stored article's work: its translations, and its clustering now or after the English one. */
export async function queueArticleWork(queue: JobQueue, article: Pick<Article, 'id' | 'language'>, plan: TranslationPlan): Promise<void> {
  if (article.language !== UNKNOWN_LANGUAGE) {
    for (const target of plan.targets) {
      if (target !== article.language) await queue.enqueue(TRANSLATE_JOB, translationJobKey(article.id, target));
    }
  }
  if (!waitsForPivot(article, plan)) await queue.enqueue(CLUSTER_JOB, article.id);
}

/** Translates one article into one language; after the English one, the article's clustering is queued. */
export function createTranslateHandler(services: PipelineJobServices): JobHandler {
  return async (job) => {
    const split = job.key.lastIndexOf('>');
    const articleId = job.key.slice(0, split);
    const target = job.key.slice(split + 1);
    const article = await services.store.getArticle(articleId);
    if (!article) return;
    let degraded: string | null;
    try {
      ({ degraded } = await translateArticle(services.store, services.translator, article, target, services.translationPlan.bodies === 'eager'));
    } catch (error) {
      // Out of attempts: cluster on what the article has rather than never.
      if (job.finalAttempt && target === PIVOT) await services.queue.enqueue(CLUSTER_JOB, articleId);
      throw error;
    }
    // Even a fallback (gloss) gives clustering English words; the better translation comes with the retry.
    if (target === PIVOT) await services.queue.enqueue(CLUSTER_JOB, articleId);
    if (degraded) throw new UpstreamError('translate', degraded, job.key, true);
  };
}

/**
 * Clusters one article under the locks of its candidate keys: two articles that could meet share a
 * key (a story is found only through a key it shares with the article), so they never decide at the
 * same moment, while unrelated articles, even of the same hour, cluster in parallel. A story being
 * joined is locked too, as articles with no key in common can join the same story.
 */
export function createClusterHandler(services: Pick<PipelineJobServices, 'store' | 'clusterSettings' | 'pivotTerms' | 'queue' | 'lock'>): JobHandler {
  const { store, clusterSettings: settings } = services;
  return async (job) => {
    const article = await store.getArticle(job.key);
    if (!article || article.storyId !== null) return;
    const pivot = (await services.pivotTerms(article)) ?? null;
    const withPivot = { ...article, pivotTerms: pivot?.terms ?? null, pivotText: pivot?.text ?? null };
    await services.lock.withLock(clusterLockKeys(withPivot, settings), async (lockStory) => {
      // A job run twice (a lost lease) or a story written meanwhile: look again under the lock.
      const fresh = await store.getArticle(job.key);
      if (!fresh || fresh.storyId !== null) return;
      await clusterArticle(store, { ...fresh, pivotTerms: withPivot.pivotTerms, pivotText: withPivot.pivotText, denseVector: pivot?.vector ?? null }, settings, (storyId) => lockStory(lockNumber(storyId)));
    });
    const storyId = (await store.getArticle(job.key))?.storyId;
    if (storyId) await services.queue.enqueue(STORYLINE_JOB, storyId);
  };
}

/** Links the story into a storyline (or regroups the one it is in) once its clustering changed it. */
export function createStorylineHandler(services: Pick<PipelineJobServices, 'store' | 'lock'>): JobHandler {
  return async (job) => {
    await services.lock.withLock([STORYLINE_LOCK], () => linkStorylines(services.store, { storyIds: [job.key] }));
  };
}

/**
 * The lock keys of an article: a number for each key its candidate stories are looked up by (the
 * time window is left out: articles of one event share their window anyway). Sorted, no repeats.
 */
export function clusterLockKeys(article: ClusterArticle, settings: ClusterSettings): number[] {
  const keys = Object.keys(articleKeys(article, settings)).filter(isLookupKey);
  return [...new Set(keys.map(lockNumber))].sort((a, b) => a - b);
}

/** A 32-bit signed hash (FNV-1a) of a key or story id: two strings sharing a number only wait for each other. */
export function lockNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** The handlers of the pipeline's own kinds; other kinds (fetch) can be added beside them. */
export function pipelineHandlers(services: PipelineJobServices): Record<string, JobHandler> {
  return {
    [TRANSLATE_JOB]: createTranslateHandler(services),
    [CLUSTER_JOB]: createClusterHandler(services),
    [STORYLINE_JOB]: createStorylineHandler(services),
  };
}
