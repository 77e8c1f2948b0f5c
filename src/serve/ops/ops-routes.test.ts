// /healthz, /readyz and /metrics over a real SQLite store, including an unreachable database.
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../ops/index.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { createApp } from '../create-app.js';

const settings = { siteName: 'Babelwire', readerLanguage: 'en' as const, pageSize: 10 };

describe('operations routes', () => {
  let store: Store;
  afterEach(async () => {
    await store.close();
  });

  it('answers /healthz and /readyz while the database is up', async () => {
    store = await openStore({ database: ':memory:' });
    const app = createApp({ store, settings });
    const health = await app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 on /readyz when the database is gone, while /healthz stays up', async () => {
    store = await openStore({ database: ':memory:' });
    const app = createApp({ store, settings });
    await store.close();
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/database unreachable/);
    expect((await app.request('/healthz')).status).toBe(200);
  });

  it('serves Prometheus metrics: stored articles, queue depth, job latency, failures, cache look-ups', async () => {
    store = await openStore({ database: ':memory:' });
    await store.enqueueJob('cluster', 'a1');
    await store.enqueueJob('translate', 'a1>en');
    await store.enqueueJob('translate', 'a2>en');
    const metrics = createMetrics({
      readArticles: async () => (await store.stats()).articles,
      readQueueDepth: () => store.countQueuedJobs(),
    });
    metrics.jobDuration.observe({ kind: 'cluster' }, 0.042);
    metrics.failures.inc({ stage: 'translate', final: 'false' });
    metrics.translationCache.inc({ result: 'hit' }, 3);
    const app = createApp({ store, settings, ops: { metrics } });
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^babelwire_articles_stored 0$/m);
    expect(text).toMatch(/^babelwire_queue_depth\{kind="translate"\} 2$/m);
    expect(text).toMatch(/^babelwire_queue_depth\{kind="cluster"\} 1$/m);
    expect(text).toMatch(/^babelwire_job_duration_seconds_bucket\{le="0.05",kind="cluster"\} 1$/m);
    expect(text).toMatch(/^babelwire_failures_total\{stage="translate",final="false"\} 1$/m);
    expect(text).toMatch(/^babelwire_translation_cache_total\{result="hit"\} 3$/m);
  });
});
