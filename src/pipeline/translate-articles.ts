// The translation job: titles (and bodies, when eager) of stored articles into the reader languages, cached and retried.
import type { Article, ArticleTranslation, LangCode } from '../domain/index.js';
import { UNKNOWN_LANGUAGE, describeError } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { TranslationCache, Translator } from '../translate/index.js';

export interface TranslationPlan {
  targets: readonly LangCode[];
  bodies: 'eager' | 'lazy';
}

export interface TranslateRunSummary {
  translated: number;
  /** Saved, but a provider failed on the way (a gloss or the original stands in): queued again. */
  degraded: number;
  failed: { articleId: string; message: string }[];
  /** True when the run gave up after repeated provider failures; the rest stays queued. */
  stoppedEarly: boolean;
}

const JOB_KIND = 'translate';
const batchSize = 20;
const maxAttempts = 6;
/** After this many failures in a row the run stops: a provider that is down must not hold up ingestion. */
const maxConsecutiveFailures = 3;

/** The store as the translator's segment cache, so translations survive restarts. */
export function storeTranslationCache(store: Store): TranslationCache {
  return {
    getMany: (keys) => store.getCachedSegments(keys),
    setMany: (entries) => store.putCachedSegments(entries),
  };
}

/** The job key of an article's translation into a language. */
export function translationJobKey(articleId: string, target: LangCode): string {
  return `${articleId}>${target}`;
}

/** Queues the article's translations; articles already in the target language, or of unknown language, need none. */
export async function queueTranslations(store: Store, article: Pick<Article, 'id' | 'language'>, plan: TranslationPlan): Promise<void> {
  if (article.language === UNKNOWN_LANGUAGE) return;
  for (const target of plan.targets) {
    if (target !== article.language) await store.enqueueJob(JOB_KIND, translationJobKey(article.id, target));
  }
}

/**
 * Translates an article's title, and its body when asked, and saves the result. Returns the translation
 * and whether it is degraded (a provider failed and a fallback answered: worth trying again later).
 */
export async function translateArticle(
  store: Store,
  translator: Translator,
  article: Article,
  target: LangCode,
  withBody: boolean,
): Promise<{ translation: ArticleTranslation; degraded: string | null }> {
  // The lead (standfirst) is translated with the body, as its first paragraph: a reader of the
  // translation must not lose it, and the article page shows it apart again (see article-text.tsx).
  const body = article.lead ? `${article.lead}\n\n${article.text}` : article.text;
  const paragraphs = withBody ? body.split(/\n{2,}/u).filter((p) => p.trim() !== '') : [];
  const result = await translator.translate({ segments: [article.title, ...paragraphs], from: article.language, to: target, ref: article.id });
  const [title = article.title, ...translated] = result.segments;
  const previous = withBody ? null : ((await store.listTranslations([article.id], target))[0] ?? null);
  const translation: ArticleTranslation = {
    articleId: article.id,
    target,
    title,
    // A title-only pass keeps a body translated earlier.
    text: withBody ? translated.join('\n\n') : (previous?.text ?? null),
    provider: result.provider,
    quality: result.quality,
    path: result.path ?? [],
    translatedAt: new Date().toISOString(),
  };
  await store.saveTranslation(translation);
  const degraded = (result as { degraded?: string }).degraded ?? null;
  return { translation, degraded };
}

/** Runs the due translation jobs; a provider that is down only delays them (retried with backoff). */
export async function translatePending(
  store: Store,
  translator: Translator,
  plan: TranslationPlan,
  onProgress?: (done: number) => void,
): Promise<TranslateRunSummary> {
  const summary: TranslateRunSummary = { translated: 0, degraded: 0, failed: [], stoppedEarly: false };
  let consecutiveFailures = 0;
  for (;;) {
    const jobs = await store.claimJobs(JOB_KIND, batchSize);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      if (consecutiveFailures >= maxConsecutiveFailures) {
        // Hand the claimed job back, due at once (for the next run), and stop.
        await store.failJob(job.id, 'translate: run stopped after repeated provider failures', new Date().toISOString());
        summary.stoppedEarly = true;
        continue;
      }
      const [articleId = '', target = ''] = job.key.split('>');
      try {
        const article = await store.getArticle(articleId);
        if (!article) {
          await store.completeJob(job.id);
          continue;
        }
        const { degraded } = await translateArticle(store, translator, article, target, plan.bodies === 'eager');
        summary.translated++;
        // Articles queued by `ingest --no-cluster` wait for their English text before clustering.
        if (target === 'en' && article.storyId === null) await store.enqueueJob('cluster', article.id);
        if (degraded) {
          summary.degraded++;
          consecutiveFailures++;
          await store.failJob(job.id, `translate: ${degraded}`, retryTime(job.attempts, maxAttempts));
        } else {
          consecutiveFailures = 0;
          await store.completeJob(job.id);
        }
      } catch (error) {
        consecutiveFailures++;
        const message = `translate: ${describeError(error)} (${articleId} -> ${target})`;
        summary.failed.push({ articleId, message });
        await store.failJob(job.id, message, retryTime(job.attempts, maxAttempts));
      }
      onProgress?.(summary.translated + summary.failed.length);
    }
    if (summary.stoppedEarly) break;
  }
  return summary;
}

/** Backoff 1, 2, 4, 8, 16 minutes, then give up (the job is marked failed; `babelwire translate` re-queues). */
function retryTime(attempts: number, max: number): string | null {
  return attempts + 1 >= max ? null : new Date(Date.now() + 60_000 * 2 ** attempts).toISOString();
}
