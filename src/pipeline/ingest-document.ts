// One document through the fast stages (extract, language, enrich) and into the store, queued for clustering.
import type { DenseServices } from './dense-vectors.js';
import type { RawDocument } from '../domain/index.js';
import { UNKNOWN_LANGUAGE } from '../domain/index.js';
import type { Enricher } from '../enrich/index.js';
import { extractArticle } from '../extract/index.js';
import type { LanguageDetector } from '../language/index.js';
import type { JobQueue } from '../queue/index.js';
import type { Store } from '../store/index.js';
import type { Translator } from '../translate/index.js';
import { buildArticle } from './build-article.js';
import { queueArticleWork } from './pipeline-jobs.js';
import { findDuplicate, readSeenLink, recordLink } from './find-duplicate.js';
import type { TranslationPlan } from './translate-articles.js';
import { queueTranslations } from './translate-articles.js';
import type { StageTimer } from './stage-timer.js';

export interface IngestServices {
  store: Store;
  detector: LanguageDetector;
  enricher: Enricher;
  translator: Translator;
  translationPlan: TranslationPlan;
  /** Set when workers do the slow work: the article's jobs go to this queue, in pipeline order. */
  queue?: JobQueue;
  /** The embedder of the dense clustering signal; absent when that signal is off. */
  dense?: DenseServices | null;
}

export interface IngestNotice {
  ref: string;
  stage: string;
  message: string;
}

export interface IngestOutcome {
  kind: 'ingested' | 'duplicate';
  articleId: string;
  /** Things the user should know that did not stop the article: no date found, language unknown. */
  notices: IngestNotice[];
}

/** Throws the stage's error when the document cannot be used; the caller records it and goes on. */
export async function ingestDocument(doc: RawDocument, services: IngestServices, timer: StageTimer): Promise<IngestOutcome> {
  const extracted = timer.time('extract', () => extractArticle(doc));
  const seenAt = new Date().toISOString();
  // Checked before the slow stages: a page reached again (another feed, tracking or AMP URL, edited title) only
  // gains a link.
  const link = readSeenLink(extracted);
  const duplicate = await timer.timeAsync('store', () => findDuplicate(services.store, extracted, link));
  if (duplicate.kind === 'known') {
    await recordLink(services.store, duplicate.articleId, link, seenAt);
    return { kind: 'duplicate', articleId: duplicate.articleId, notices: [] };
  }
  const guess = await timer.timeAsync('language', () =>
    services.detector.detect(`${extracted.title}\n${extracted.text}`, extracted.languageHint),
  );
  const enrichment = timer.time('enrich', () =>
    services.enricher.enrich({
      title: extracted.title,
      text: extracted.text,
      language: guess.language,
      publishedAt: extracted.publishedAt,
    }),
  );
  const article = buildArticle(extracted, guess, enrichment, seenAt);
  // Stored before any slow work; clustering is a queued job so that a crash loses nothing.
  const { article: stored, created } = await timer.timeAsync('store', async () => {
    const result = await services.store.insertArticle(article);
    await recordLink(services.store, result.article.id, link, seenAt);
    if (result.created && duplicate.fingerprint) {
      await services.store.saveFingerprint({ articleId: result.article.id, ...duplicate.fingerprint });
    }
    if (result.created && services.queue) {
      await queueArticleWork(services.queue, result.article, services.translationPlan);
    } else if (result.created) {
      await services.store.enqueueJob('cluster', result.article.id);
      await queueTranslations(services.store, result.article, services.translationPlan);
    }
    return result;
  });
  return { kind: created ? 'ingested' : 'duplicate', articleId: stored.id, notices: created ? noticesFor(doc.ref, article) : [] };
}

function noticesFor(ref: string, article: { publishedAt: string | null; language: string }): IngestNotice[] {
  const notices: IngestNotice[] = [];
  if (article.publishedAt === null) {
    notices.push({ ref, stage: 'extract', message: `extract: no publication date found; clustering uses the dates in the text (${ref})` });
  }
  if (article.language === UNKNOWN_LANGUAGE) {
    notices.push({ ref, stage: 'language', message: `language: could not identify the language; stored as "und" (${ref})` });
  }
  return notices;
}
