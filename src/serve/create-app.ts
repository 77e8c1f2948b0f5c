// Builds the Hono app: assets, JSON API and pages over one Store, with a single error handler.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { NotFoundError, describeError } from '../domain/index.js';
import type { Store } from '../store/store.js';
import { createApiRoutes } from './api/api-routes.js';
import { createReaderApiRoutes } from './api/reader-api-routes.js';
import { createAssetRoutes } from './assets/asset-routes.js';
import { DEFAULT_PAGE_CACHE, createPageCache, type PageCache, type PageCacheOptions } from './cache/page-cache.js';
import { classifyError, respondWithError } from './handle-error.js';
import { createUi, type Ui } from './i18n/index.js';
import { createFeedRoutes } from './feeds/feed-routes.js';
import { createPageRoutes } from './pages/page-routes.js';
import { createReaderRoutes } from './pages/reader-routes.js';
import { createOpsRoutes, type OpsDeps } from './ops/ops-routes.js';
import { createSourcesRoutes } from './pages/sources-routes.js';
import { createStorylineRoutes } from './pages/storyline-routes.js';
import { createStorylineApiRoutes } from './api/storyline-api-routes.js';
import { MAX_LIMIT } from './query-params.js';
import { DEFAULT_TRANSLATE_TIMEOUT_MS, readerMiddleware, type ServeEnv, type TranslateArticle } from './reader/index.js';
import type { ServeSettings } from './serve-settings.js';

/** The app: Hono with the reader resolved on every request's context. */
export type ServeApp = Hono<ServeEnv>;

export interface AppDeps {
  store: Store;
  settings: ServeSettings;
  /** Where unexpected (500) errors are reported; stderr by default, silenced in tests. */
  logError?: (message: string) => void;
  /**
   * Translates an article (title and body) into a reader language and stores the result; the article
   * page calls it on first view when the body is not translated yet. Null when it cannot translate.
   */
  translateArticle?: TranslateArticle;
  /** How long a page waits for `translateArticle` before showing the original; 8 s by default. */
  translateTimeoutMs?: number;
  /** Rendered-page cache settings; `false` turns the cache off. */
  pageCache?: PageCacheOptions | false;
  /** /healthz, /readyz and /metrics settings (metrics registry of the process). */
  ops?: OpsDeps;
}

/** Pages carry no scripts at all; the policy makes sure an escaping slip could not run one either. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data: https:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Each app's page cache, so the HTTP server can answer hits before Hono runs (start-server.ts). */
const PAGE_CACHES = new WeakMap<object, PageCache>();

export function pageCacheOf(app: object): PageCache | undefined {
  return PAGE_CACHES.get(app);
}

export function createApp({
  store,
  settings: given,
  logError = defaultLogError,
  translateArticle,
  translateTimeoutMs = DEFAULT_TRANSLATE_TIMEOUT_MS,
  pageCache = DEFAULT_PAGE_CACHE,
  ops,
}: AppDeps): ServeApp {
  // The config module validates the page size; clamping here keeps a direct caller from asking for 0 or 10,000 rows.
  const settings: ServeSettings = { ...given, pageSize: Math.max(1, Math.min(MAX_LIMIT, Math.floor(given.pageSize) || 1)) };
  const fallbackUi = createUi(settings.siteName, settings.readerLanguage);
  // The reader is resolved on the context before anything else, so even error pages speak their language.
  const uiOf = (c: Context<ServeEnv>): Ui => (c.get('reader') as ServeEnv['Variables']['reader'] | undefined)?.ui ?? fallbackUi;
  const app = new Hono<ServeEnv>();

  // First of all: a cached page is answered before anything else runs, with the headers it was stored with.
  if (pageCache) {
    const cache = createPageCache(store, pageCache);
    PAGE_CACHES.set(app, cache);
    app.use(cache.middleware);
  }
  app.use(async (c, next) => {
    await next();
    // Pages are cheap to render and change as news arrives; assets set their own long lifetime.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });

  app.use(readerMiddleware(settings.siteName, settings.readerLanguage, settings.timeZone));
  app.route('/assets', createAssetRoutes());
  app.route('/api', createReaderApiRoutes(store, settings));
  app.route('/api', createApiRoutes(store, settings));
  app.route('/api', createStorylineApiRoutes(store, settings));
  app.route('/', createOpsRoutes(store, ops));
  app.route('/', createSourcesRoutes(store, settings));
  app.route('/', createPageRoutes(store, settings, { translateArticle, translateTimeoutMs, report: logError }));
  app.route('/', createReaderRoutes(store, settings));
  app.route('/', createStorylineRoutes(store, settings));
  app.route('/', createFeedRoutes(store, settings));

  app.notFound((c) => respondWithError(c, uiOf(c), classifyError(new NotFoundError('serve', 'no such page', c.req.path))));
  app.onError((error, c) => {
    const outcome = classifyError(error);
    if (outcome.status >= 500) logError(`${c.req.method} ${c.req.path}: ${describeError(error)}`);
    return respondWithError(c, uiOf(c), outcome);
  });
  return app;
}

function defaultLogError(message: string): void {
  process.stderr.write(`${message}\n`);
}
