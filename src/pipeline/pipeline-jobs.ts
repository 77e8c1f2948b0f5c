// Pipeline work as queued jobs: what an ingested article needs, and the handlers workers run (translate, then cluster).
import type { Article } from '../domain/index.js';
import { UNKNOWN_LANGUAGE, UpstreamError } from '../domain/index.js';
import type { ClusterSettings } from '../cluster/index.js';
import { candidateWindow } from '../cluster/index.js';
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
 * Storyline jobs lock this partition (no article of this age exists in practice): they run one at a
 * time, as two could regroup the same stories, while clustering goes on in the real partitions.
 */
const STORYLINE_PARTITION = -1;
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
 * Clusters one article under the lock of the time partitions its candidate window touches: two
 * articles that could meet never decide at the same moment, while distant windows run in parallel.
 */
export function createClusterHandler(services: Pick<PipelineJobServices, 'store' | 'clusterSettings' | 'pivotTerms' | 'queue' | 'lock'>): JobHandler {
  const { store, clusterSettings: settings } = services;
  return async (job) => {
    const article = await store.getArticle(job.key);
    if (!article || article.storyId !== null) return;
    const pivot = (await services.pivotTerms(article)) ?? null;
    await services.lock.withLock(windowPartitions(article, settings), async () => {
      // A job run twice (a lost lease) or a story written meanwhile: look again under the lock.
      const fresh = await store.getArticle(job.key);
      if (!fresh || fresh.storyId !== null) return;
      await clusterArticle(store, { ...fresh, pivotTerms: pivot?.terms ?? null, pivotText: pivot?.text ?? null, denseVector: pivot?.vector ?? null }, settings);
    });
    const storyId = (await store.getArticle(job.key))?.storyId;
    if (storyId) await services.queue.enqueue(STORYLINE_JOB, storyId);
  };
}

/** Links the story into a storyline (or regroups the one it is in) once its clustering changed it. */
export function createStorylineHandler(services: Pick<PipelineJobServices, 'store' | 'lock'>): JobHandler {
  return async (job) => {
    await services.lock.withLock([STORYLINE_PARTITION], () => linkStorylines(services.store, { storyIds: [job.key] }));
  };
}

/**
 * Partitions are runs of `windowDays` days; an article locks every partition its candidate window
 * overlaps. Any story it could join has a member dated inside that window, so two articles that
 * could meet share that member's partition. No window (no date at all): the whole timeline.
 */
export function windowPartitions(
  article: Pick<Article, 'publishedAt' | 'dates'>,
  settings: Pick<ClusterSettings, 'windowDays' | 'undatedLookaheadDays'>,
): number[] | null {
  const window = candidateWindow(article, settings);
  if (window.from === null || window.to === null) return null;
  const size = Math.max(1, settings.windowDays);
  const first = Math.floor(Date.parse(window.from) / 86_400_000 / size);
  const last = Math.floor(Date.parse(window.to) / 86_400_000 / size);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return null;
  const partitions: number[] = [];
  for (let p = first; p <= last; p++) partitions.push(p);
  return partitions;
}

/** The handlers of the pipeline's own kinds; other kinds (fetch) can be added beside them. */
export function pipelineHandlers(services: PipelineJobServices): Record<string, JobHandler> {
  return {
    [TRANSLATE_JOB]: createTranslateHandler(services),
    [CLUSTER_JOB]: createClusterHandler(services),
    [STORYLINE_JOB]: createStorylineHandler(services),
  };
}
