// Test helper: an in-memory store with the sample news, and the app over it.
import type { Hono } from 'hono';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { createApp } from '../create-app.js';
import type { ServeSettings } from '../serve-settings.js';
import { seedSampleNews } from './seed-sample-news.js';

export const TEST_SETTINGS: ServeSettings = { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 2 };

export async function openSampleApp(
  settings: ServeSettings = TEST_SETTINGS,
): Promise<{ app: Hono; store: Store; errors: string[] }> {
  const store = await openStore({ database: ':memory:' });
  await seedSampleNews(store);
  const errors: string[] = [];
  const app = createApp({ store, settings, logError: (message) => errors.push(message) });
  return { app, store, errors };
}
