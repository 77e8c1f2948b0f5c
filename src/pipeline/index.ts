// Composition of the stages: ingest, clustering jobs, and the services they run on.
export { ingestPaths, pivotTermsFrom } from './ingest-paths.js';
export type { IngestFailure, IngestOptions, IngestProgress, IngestSummary } from './ingest-paths.js';
export { ingestDocument } from './ingest-document.js';
export type { IngestOutcome, IngestServices } from './ingest-document.js';
export { clusterPending, clusterArticle } from './cluster-pending.js';
export type { ClusterRunSummary, PivotTerms, PivotView } from './cluster-pending.js';
export { openServices, clusterSettingsFrom } from './open-services.js';
export type { Services } from './open-services.js';
export { articleIdFor, buildArticle, contentHashOf } from './build-article.js';
export { createStageTimer } from './stage-timer.js';
export type { StageTimer } from './stage-timer.js';
export { translateSettingsFrom } from './open-services.js';
export { queueTranslations, storeTranslationCache, translateArticle, translatePending, translationJobKey } from './translate-articles.js';
export type { TranslateRunSummary, TranslationPlan } from './translate-articles.js';
export { reclusterArticles, mapStoryIds } from './recluster.js';
export type { ReclusterOptions, ReclusterSummary } from './recluster.js';
