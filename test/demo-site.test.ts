// End to end in a real browser: the demo corpus through the real pipeline, served, read in Debian's Chromium.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import type { Services } from '../src/pipeline/index.js';
import { ingestPaths, openServices } from '../src/pipeline/index.js';
import { createApp, startServer } from '../src/serve/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const screenshots = join(root, 'artifacts', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`demo browser test skipped: ${CHROMIUM} is missing (install Debian's chromium package)`);

describe.skipIf(!hasChromium)('the demo corpus on the site, in Chromium', () => {
  let dir: string;
  let services: Services;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'babelwire-demo-site-'));
    services = await openServices(loadConfig({}, { database: join(dir, 'demo.db') }));
    const summary = await ingestPaths([join(root, 'examples', 'demo')], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    expect(summary.failed).toEqual([]);
    const app = createApp({ store: services.store, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 30 } });
    server = await startServer(app, { host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    await mkdir(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await services?.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const size of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`follows home -> the biggest story -> an article in another language (${size.name})`, async () => {
      const stories = await services.store.listStories({ limit: 100 });
      const biggest = [...stories].sort((a, b) => b.articleCount - a.articleCount || a.id.localeCompare(b.id))[0];
      if (!biggest) throw new Error('the demo produced no story');
      expect(biggest.articleCount).toBeGreaterThanOrEqual(3);
      expect(biggest.languages.length).toBeGreaterThanOrEqual(2);
      const members = await services.store.listArticles({ storyId: biggest.id, limit: 50 });
      // The reader reads English: every headline not in English is shown translated (the ingest translated them).
      const translations = new Map((await services.store.listTranslations(members.map((a) => a.id), 'en')).map((t) => [t.articleId, t]));
      const shown = (id: string, original: string): string => {
        const t = translations.get(id);
        return t && t.quality !== 'original' ? t.title : original;
      };
      const storyHeadline = shown(biggest.leadArticleId, biggest.title);
      const other = members.find((a) => a.language !== 'en' && translations.get(a.id)?.text);
      if (!other) throw new Error(`story ${biggest.id} has no translated article in another language`);
      const otherTranslation = translations.get(other.id);

      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
        });
        await page.goto(server.url);
        const headline = page.getByRole('link', { name: storyHeadline }).first();
        expect(await headline.isVisible()).toBe(true);
        await page.screenshot({ path: join(screenshots, `demo-home-${size.name}.png`), fullPage: true });

        await headline.click();
        await page.waitForURL(`**/stories/${biggest.id}`);
        expect(await page.getByRole('heading', { level: 1, name: storyHeadline }).isVisible()).toBe(true);
        for (const a of members) expect(await page.getByRole('link', { name: shown(a.id, a.title) }).count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(screenshots, `demo-story-${size.name}.png`), fullPage: true });

        await page.getByRole('link', { name: shown(other.id, other.title) }).first().click();
        await page.waitForURL(`**/articles/${other.id}`);
        // Translated, labelled, with the original one click away.
        expect(await page.getByRole('heading', { level: 1, name: otherTranslation?.title ?? '' }).isVisible()).toBe(true);
        const translatedParagraph = otherTranslation?.text?.split('\n\n')[0] ?? '';
        expect(await page.getByText(translatedParagraph.slice(0, 50)).first().isVisible()).toBe(true);
        expect(await page.getByText(/Translated automatically from|Word-by-word gloss from/).first().isVisible()).toBe(true);
        await page.screenshot({ path: join(screenshots, `demo-article-translated-${size.name}.png`), fullPage: true });
        await page.getByRole('link', { name: 'Show original' }).first().click();
        expect(await page.getByRole('heading', { level: 1, name: other.title }).isVisible()).toBe(true);
        expect(await page.locator(`[lang="${other.language}"]`).count()).toBeGreaterThan(0);
        const firstParagraph = other.text.split('\n\n')[0] ?? '';
        expect(await page.getByText(firstParagraph.slice(0, 50)).first().isVisible()).toBe(true);
        expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
        await page.screenshot({ path: join(screenshots, `demo-article-${size.name}.png`), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
