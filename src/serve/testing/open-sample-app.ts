// Test helper: an in-memory store with the sample news, and the app over it.
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { createApp, type AppDeps, type ServeApp } from '../create-app.js';
import type { ServeSettings } from '../serve-settings.js';
import { seedSampleNews } from './seed-sample-news.js';
import { seedSampleTranslations } from './seed-sample-translations.js';

export const TEST_SETTINGS: ServeSettings = { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 2 };

export interface SampleAppOptions extends Pick<AppDeps, 'translateArticle' | 'translateTimeoutMs' | 'pageCache'> {
  /** Also store the sample translations (seed-sample-translations.ts). */
  translations?: boolean;
  /** Wraps the store the app sees, e.g. to count queries. */
  wrapStore?: (store: Store) => Store;
}

export async function openSampleApp(
  settings: ServeSettings = TEST_SETTINGS,
  { translations = false, wrapStore = (store) => store, ...deps }: SampleAppOptions = {},
): Promise<{ app: ServeApp; store: Store; errors: string[] }> {
  const store = await openStore({ database: ':memory:' });
  await seedSampleNews(store);
  if (translations) await seedSampleTranslations(store);
  const errors: string[] = [];
  // The cache checks the content version on every request here, so tests that write then read see the change.
  const app = createApp({
    store: wrapStore(store),
    settings,
    logError: (message) => errors.push(message),
    pageCache: { maxEntries: 100, checkMs: 0 },
    ...deps,
  });
  return { app, store, errors };
}
