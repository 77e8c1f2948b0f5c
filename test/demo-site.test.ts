// End to end in a real browser: the demo corpus through the real pipeline, served, read in Debian's Chromium:
// front page -> story -> article -> original -> entity -> day archive -> search, with accessibility, weight and layout checks.
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
import { checkPageQuality, checkSkipLink, measurePageWeight } from './support/check-page-quality.js';

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
    it(`walks home -> story -> article -> original -> entity -> day -> search (${size.name})`, async () => {
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
        const quality: string[] = [];
        const audit = async (name: string): Promise<string[]> => {
          const report = await checkPageQuality(page);
          return report.problems.map((problem) => `${name}: ${problem}`);
        };
        await page.goto(server.url);
        quality.push(...(await checkSkipLink(page)).map((problem) => `home: ${problem}`));
        await page.goto(server.url);
        const weight = await measurePageWeight(page);
        if (weight >= 100 * 1024) quality.push(`home: ${weight} bytes without pictures`);
        quality.push(...(await audit('home')));
        const headline = page.getByRole('link', { name: storyHeadline }).first();
        expect(await headline.isVisible()).toBe(true);
        await page.screenshot({ path: join(screenshots, `demo-home-${size.name}.png`), fullPage: true });

        await headline.click();
        await page.waitForURL(`**/stories/${biggest.id}`);
        expect(await page.getByRole('heading', { level: 1, name: storyHeadline }).isVisible()).toBe(true);
        for (const a of members) expect(await page.getByRole('link', { name: shown(a.id, a.title) }).count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(screenshots, `demo-story-${size.name}.png`), fullPage: true });
        quality.push(...(await audit('story')));

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
        quality.push(...(await audit('article-original')));

        // -> the page of an entity the article mentions: every story about it, this one included.
        const entity = other.entities[0];
        if (!entity) throw new Error(`article ${other.id} has no entity`);
        await page.locator(`a[href="/entities/${encodeURIComponent(entity.id)}"]`).first().click();
        await page.waitForURL(`**/entities/**`);
        expect(await page.getByRole('heading', { level: 1, name: entity.name }).isVisible()).toBe(true);
        expect(await page.locator(`a[href="/stories/${biggest.id}"]`).count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(screenshots, `demo-entity-${size.name}.png`), fullPage: true });
        quality.push(...(await audit('entity')));

        // -> the day archive, through the navigation and the calendar.
        const day = new Date(other.publishedAt ?? other.ingestedAt).toISOString().slice(0, 10);
        await page.getByRole('link', { name: 'By day', exact: true }).click();
        await page.waitForURL('**/days');
        await page.locator(`a[href="/days/${day}"]`).first().click();
        await page.waitForURL(`**/days/${day}`);
        expect(await page.getByRole('heading', { level: 1, name: `All news of ${day}` }).isVisible()).toBe(true);
        expect(await page.locator('table.calendar a[aria-current="date"]').count()).toBe(1);
        await page.screenshot({ path: join(screenshots, `demo-day-${size.name}.png`), fullPage: true });
        quality.push(...(await audit('day')));

        // -> search in English: the foreign article is found through its stored translation.
        const query = otherTranslation?.title ?? '';
        const box = page.getByRole('searchbox', { name: 'Search the news' });
        await box.fill(query);
        await box.press('Enter');
        await page.waitForURL('**/search?q=**');
        expect(await page.locator(`a[href="/articles/${other.id}"]`).count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(screenshots, `demo-search-${size.name}.png`), fullPage: true });
        quality.push(...(await audit('search')));

        // Dark mode keeps the contrast too.
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(server.url);
        quality.push(...(await audit('home-dark')));
        await page.screenshot({ path: join(screenshots, `demo-home-dark-${size.name}.png`), fullPage: true });

        expect(quality).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
