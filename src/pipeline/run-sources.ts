// The scheduler: fetches every due source (several hosts at once), then translates and clusters what arrived; `once` or continuously.
import type { ClusterSettings } from '../cluster/index.js';
import { describeError } from '../domain/index.js';
import type { Fetcher } from '../fetch/index.js';
import { clusterPending } from './cluster-pending.js';
import type { SourceFetchReport, SourceFetchSettings } from './fetch-source.js';
import { defaultSourceFetchSettings, fetchSource } from './fetch-source.js';
import type { IngestServices } from './ingest-document.js';
import { pivotTermsFrom } from './ingest-paths.js';
import { createStageTimer } from './stage-timer.js';
import { translatePending } from './translate-articles.js';

export interface RunSourcesOptions {
  fetcher: Fetcher;
  /** Null: articles are stored and queued, clustering is left to `babelwire cluster`. */
  cluster: ClusterSettings | null;
  /** Run queued translations after each round (default true when the plan has targets). */
  translate?: boolean;
  /** Sources fetched at the same time (the fetcher still limits each host). */
  parallel?: number;
  /** Due sources taken per round. */
  batch?: number;
  sourceSettings?: SourceFetchSettings;
  onReport?: (report: SourceFetchReport) => void;
}

export interface RoundSummary {
  sources: number;
  failed: number;
  ingested: number;
  clustered: number;
  reports: SourceFetchReport[];
}

/** Fetches every source due now, once each; one failing source never stops the others. */
export async function runDueSources(services: IngestServices, options: RunSourcesOptions): Promise<RoundSummary> {
  const due = await services.store.listDueSources(new Date().toISOString(), options.batch ?? 500);
  const timer = createStageTimer();
  const reports: SourceFetchReport[] = [];
  const queue = [...due];
  const worker = async (): Promise<void> => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      let report: SourceFetchReport;
      try {
        report = await fetchSource(source, options.fetcher, services, timer, options.sourceSettings ?? defaultSourceFetchSettings);
      } catch (error) {
        // Only the store can fail here (fetchSource records everything else); the next round retries.
        report = { sourceId: source.id, url: source.url, ok: false, notModified: false, newItems: 0, ingested: 0, duplicates: 0, itemErrors: [], error: describeError(error) };
      }
      reports.push(report);
      options.onReport?.(report);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel ?? 4, due.length)) }, worker));
  const ingested = reports.reduce((n, r) => n + r.ingested, 0);
  let clustered = 0;
  if (ingested > 0 && options.translate !== false && services.translationPlan.targets.length > 0) {
    await translatePending(services.store, services.translator, services.translationPlan);
  }
  if (ingested > 0 && options.cluster) {
    clustered = (await clusterPending(services.store, options.cluster, undefined, pivotTermsFrom(services))).clustered;
  }
  return { sources: due.length, failed: reports.filter((r) => !r.ok).length, ingested, clustered, reports };
}

/** Rounds until `signal` aborts, sleeping until the next source is due (at most `idleMs`). */
export async function runSourcesContinuously(services: IngestServices, options: RunSourcesOptions & { signal: AbortSignal; idleMs?: number; onRound?: (round: RoundSummary) => void; onError?: (message: string) => void }): Promise<void> {
  const idleMs = options.idleMs ?? 30_000;
  while (!options.signal.aborted) {
    try {
      const round = await runDueSources(services, options);
      options.onRound?.(round);
    } catch (error) {
      options.onError?.(`pipeline: a fetch round failed, retrying later: ${describeError(error)}`);
    }
    const next = (await services.store.listDueSources(new Date(Date.now() + idleMs).toISOString(), 1).catch(() => []))[0];
    const wait = next ? Math.max(1_000, Date.parse(next.nextDueAt) - Date.now()) : idleMs;
    await sleep(Math.min(wait, idleMs), options.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
