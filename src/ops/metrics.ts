// Prometheus metrics (prom-client): work done in this process, plus database-wide gauges read at scrape time.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricSources {
  /** Articles stored in the database (all processes together). */
  readArticles?: () => Promise<number>;
  /** Jobs waiting, by kind. */
  readQueueDepth?: () => Promise<Record<string, number>>;
}

export interface Metrics {
  readonly registry: Registry;
  readonly articlesIngested: Counter<'via'>;
  readonly jobsCompleted: Counter<'kind'>;
  readonly jobDuration: Histogram<'kind'>;
  readonly failures: Counter<'stage' | 'final'>;
  readonly translationCache: Counter<'result'>;
  /** Prometheus text format. */
  render(): Promise<string>;
  readonly contentType: string;
}

export function createMetrics(sources: MetricSources = {}): Metrics {
  // A registry per app, not the global one: tests and `serve --worker` create several without clashes.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'babelwire_' });
  const articlesIngested = new Counter({
    name: 'babelwire_articles_ingested_total',
    help: 'Articles stored by this process (new, not duplicates)',
    labelNames: ['via'] as const,
    registers: [registry],
  });
  const jobsCompleted = new Counter({
    name: 'babelwire_jobs_completed_total',
    help: 'Jobs this process finished, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'babelwire_job_duration_seconds',
    help: 'Time from start to end of a job handler, by kind',
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'babelwire_failures_total',
    help: 'Failures by pipeline stage; final="true" when the work was given up (else it is retried)',
    labelNames: ['stage', 'final'] as const,
    registers: [registry],
  });
  const translationCache = new Counter({
    name: 'babelwire_translation_cache_total',
    help: 'Translation segment cache look-ups by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const { readArticles, readQueueDepth } = sources;
  if (readArticles) {
    new Gauge({
      name: 'babelwire_articles_stored',
      help: 'Articles in the database',
      registers: [registry],
      async collect() {
        this.set(await readArticles());
      },
    });
  }
  if (readQueueDepth) {
    new Gauge({
      name: 'babelwire_queue_depth',
      help: 'Jobs waiting to run, by kind',
      labelNames: ['kind'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const [kind, n] of Object.entries(await readQueueDepth())) this.set({ kind }, n);
      },
    });
  }
  return {
    registry,
    articlesIngested,
    jobsCompleted,
    jobDuration,
    failures,
    translationCache,
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
