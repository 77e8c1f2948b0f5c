// The `ingest` job: files and folders in, articles stored and clustered, a summary out.
import type { Article, BabelwireError } from '../domain/index.js';
import { describeError } from '../domain/index.js';
import type { ClusterSettings } from '../cluster/index.js';
import { findInputFiles, readFileDocuments } from '../sources/index.js';
import { clusterPending } from './cluster-pending.js';
import type { PivotTerms, PivotView } from './cluster-pending.js';
import { denseVectorOf } from './dense-vectors.js';
import type { IngestServices } from './ingest-document.js';
import { ingestDocument } from './ingest-document.js';
import { createStageTimer } from './stage-timer.js';
import { translatePending } from './translate-articles.js';

export interface IngestFailure {
  ref: string;
  stage: string;
  message: string;
}

export interface IngestSummary {
  files: number;
  documents: number;
  ingested: number;
  duplicates: number;
  failed: IngestFailure[];
  /** Articles stored with a caveat (no date, unknown language). */
  notices: IngestFailure[];
  /** Files in the folders that are not articles (other extensions). */
  skipped: string[];
  clustered: number;
  newStories: number;
  /** Articles translated into the reader languages in this run (titles, and bodies when eager). */
  translated: number;
  /** True when translation stopped early or some translations fell back: the rest is queued ("translation pending"). */
  translationPending: boolean;
  /** Milliseconds per stage (sources, extract, language, enrich, store, cluster). */
  stageMs: Record<string, number>;
  elapsedMs: number;
}

export interface IngestProgress {
  phase: 'ingest' | 'cluster' | 'translate';
  done: number;
  total: number;
  ref?: string;
}

export interface IngestOptions {
  maxFileBytes: number;
  cluster: ClusterSettings | null;
  /** Run the queued translations after clustering (default true); they stay queued otherwise. */
  translate?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

export async function ingestPaths(paths: readonly string[], services: IngestServices, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const timer = createStageTimer();
  const found = await timer.timeAsync('sources', () => findInputFiles(paths));
  const summary: IngestSummary = {
    files: found.files.length,
    documents: 0,
    ingested: 0,
    duplicates: 0,
    failed: [],
    notices: [],
    skipped: found.skipped,
    clustered: 0,
    newStories: 0,
    translated: 0,
    translationPending: false,
    stageMs: {},
    elapsedMs: 0,
  };
  const fail = async (error: unknown, ref: string): Promise<void> => {
    const known = error as Partial<BabelwireError>;
    const failure = { ref: known.input ?? ref, stage: known.stage ?? 'pipeline', message: describeError(error) };
    summary.failed.push(failure);
    await services.store.recordFailure({ ...failure, at: new Date().toISOString() });
  };
  for (const problem of found.problems) await fail(problem, problem.input ?? '');

  let done = 0;
  for (const path of found.files) {
    options.onProgress?.({ phase: 'ingest', done, total: found.files.length, ref: path });
    try {
      const { documents, problems } = await timer.timeAsync('sources', () => readFileDocuments(path, options));
      for (const problem of problems) await fail(problem, path);
      for (const doc of documents) {
        summary.documents++;
        try {
          const outcome = await ingestDocument(doc, services, timer);
          if (outcome.kind === 'ingested') summary.ingested++;
          else summary.duplicates++;
          summary.notices.push(...outcome.notices);
        } catch (error) {
          await fail(error, doc.ref);
        }
      }
    } catch (error) {
      await fail(error, path);
    }
    done++;
  }
  options.onProgress?.({ phase: 'ingest', done, total: found.files.length });

  if (options.translate !== false && services.translationPlan.targets.length > 0) {
    // After storing, before clustering (which compares the English pivot texts): a slow or failing
    // provider delays translations, never the articles; clustering then works on what it has.
    const result = await timer.timeAsync('translate', () =>
      translatePending(services.store, services.translator, services.translationPlan, (n) =>
        options.onProgress?.({ phase: 'translate', done: n, total: summary.ingested }),
      ),
    );
    summary.translated = result.translated;
    summary.translationPending = result.stoppedEarly || result.degraded > 0 || result.failed.length > 0;
    for (const f of result.failed) summary.notices.push({ ref: f.articleId, stage: 'translate', message: `${f.message}; queued again` });
  }
  if (options.cluster) {
    const settings = options.cluster;
    const total = summary.ingested;
    const result = await timer.timeAsync('cluster', () =>
      clusterPending(services.store, settings, (n) => options.onProgress?.({ phase: 'cluster', done: n, total }), pivotTermsFrom(services)),
    );
    summary.clustered = result.clustered;
    summary.newStories = result.newStories;
    for (const f of result.failed) summary.failed.push({ ref: f.articleId, stage: 'cluster', message: f.message });
  }
  summary.stageMs = timer.totals();
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/**
 * Pivot terms: an English article's own terms, else the terms of its English translation (or gloss);
 * with the dense signal on, the sentence vector of that text too.
 */
export function pivotTermsFrom(services: IngestServices): PivotTerms {
  const withVector = async (article: Article, view: PivotView): Promise<PivotView> =>
    services.dense ? { ...view, vector: await denseVectorOf(services.store, services.dense, article, view.text) } : view;
  return async (article) => {
    if (article.language === 'en') return withVector(article, { terms: article.terms, text: `${article.title}\n\n${article.text}` });
    const [translation] = await services.store.listTranslations([article.id], 'en');
    if (!translation || translation.quality === 'original') return null;
    const text = `${translation.title}\n\n${translation.text ?? ''}`;
    return withVector(article, { terms: services.enricher.enrich({ title: translation.title, text: translation.text ?? '', language: 'en', publishedAt: article.publishedAt }).terms, text });
  };
}
