// Operations endpoints: /healthz (process up), /readyz (database reachable, schema current), /metrics (Prometheus).
import { Hono } from 'hono';
import { describeError } from '../../domain/index.js';
import type { Metrics } from '../../ops/index.js';
import { createMetrics } from '../../ops/index.js';
import type { Store } from '../../store/store.js';

export interface OpsDeps {
  /** This process's metrics; by default a registry with the database gauges only. */
  metrics?: Metrics;
  /** How long /readyz waits for the database before answering 503; default 2 s. */
  readyTimeoutMs?: number;
}

export function createOpsRoutes(store: Store, deps: OpsDeps = {}): Hono {
  const metrics = deps.metrics ?? createMetrics({ readArticles: async () => (await store.stats()).articles });
  const readyTimeoutMs = deps.readyTimeoutMs ?? 2000;
  const app = new Hono();
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const pending = await withTimeout(store.pendingMigrations(), readyTimeoutMs);
      if (pending.length > 0) {
        return c.json({ status: 'unready', reason: `migrations not applied: ${pending.join(', ')}; run babelwire migrate` }, 503);
      }
      return c.json({ status: 'ready' });
    } catch (error) {
      return c.json({ status: 'unready', reason: `database unreachable: ${describeError(error)}` }, 503);
    }
  });
  app.get('/metrics', async (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', metrics.contentType);
    return c.body(await metrics.render());
  });
  return app;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
