// Browser test: the real server in Debian's Chromium, home -> story -> article at desktop and phone sizes, with screenshots.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createApp } from './create-app.js';
import { startServer, type RunningServer } from './start-server.js';
import { SAMPLE, seedSampleNews } from './testing/seed-sample-news.js';
import { SAMPLE_TRANSLATIONS, seedSampleTranslations } from './testing/seed-sample-translations.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'screenshots');
const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * The data the browser sees. For now the sample news written for the tests; to be replaced by the
 * demo corpus ingested through the pipeline (then the expectations below become the demo's first story).
 */
async function loadBrowserTestData(store: Store): Promise<{ storyTitle: string; storyId: string; articleTitle: string }> {
  await seedSampleNews(store);
  const story = await store.getStory(SAMPLE.summitStory);
  const members = await store.listStoryMembers(SAMPLE.summitStory);
  const second = await store.getArticle(members[1]!.articleId);
  return { storyTitle: story!.title, storyId: story!.id, articleTitle: second!.title };
}

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: ${CHROMIUM} is missing (install Debian's chromium package)`);

describe.skipIf(!hasChromium)('the news site in Chromium', () => {
  let store: Store;
  let server: RunningServer;
  /** The same news with translations stored, for the reader-language walk. */
  let translatedStore: Store;
  let translatedServer: RunningServer;
  let browser: Browser;
  let data: Awaited<ReturnType<typeof loadBrowserTestData>>;

  beforeAll(async () => {
    store = await openStore({ database: ':memory:' });
    data = await loadBrowserTestData(store);
    const app = createApp({ store, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 12 } });
    server = await startServer(app, { host: '127.0.0.1', port: 0 });
    translatedStore = await openStore({ database: ':memory:' });
    await seedSampleNews(translatedStore);
    await seedSampleTranslations(translatedStore);
    const translatedApp = createApp({ store: translatedStore, settings: { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 12 } });
    translatedServer = await startServer(translatedApp, { host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await translatedServer?.close();
    await translatedStore?.close();
  });

  async function shoot(page: Page, step: string, size: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${step}-${size}.png`), fullPage: true });
  }

  for (const size of SIZES) {
    it(`follows home -> story -> article at ${size.name} size`, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      try {
        const page = await context.newPage();
        const failures = watchFailures(page);

        await page.goto(server.url);
        await expect.poll(() => page.title()).toContain('Babelwire');
        const headline = page.getByRole('link', { name: data.storyTitle }).first();
        expect(await headline.isVisible()).toBe(true);
        expect(await page.getByRole('searchbox').first().isVisible()).toBe(true);
        // The stylesheet applied: the masthead is laid out by the site's CSS, not the browser's defaults.
        // (Browser-side code is passed as strings: the project compiles without the DOM typings.)
        expect(await page.evaluate<string>("getComputedStyle(document.querySelector('.story-grid')).display")).toBe('grid');
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'home', size.name);

        await headline.click();
        await page.waitForURL(`**/stories/${data.storyId}`);
        expect(await page.getByRole('heading', { level: 1, name: data.storyTitle }).isVisible()).toBe(true);
        expect(await page.getByText('Started this story').isVisible()).toBe(true);
        expect(await page.getByText(/3 articles · 3 outlets · languages: English, French, Spanish/).first().isVisible()).toBe(true);
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'story', size.name);

        await page.getByRole('link', { name: data.articleTitle }).first().click();
        await page.waitForURL('**/articles/**');
        expect(await page.getByRole('heading', { level: 1, name: data.articleTitle }).isVisible()).toBe(true);
        expect(await page.locator('.article-body p').count()).toBeGreaterThan(1);
        expect(await page.getByRole('link', { name: /Back to the story/ }).isVisible()).toBe(true);
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'article', size.name);

        // The header's search form works without JavaScript and keeps the query.
        const box = page.getByRole('searchbox', { name: 'Search the news' });
        await box.fill('Lavrov');
        await box.press('Enter');
        await page.waitForURL('**/search?q=Lavrov');
        expect(await page.getByRole('heading', { level: 1, name: 'Results for “Lavrov”' }).isVisible()).toBe(true);
        expect(await page.getByRole('link', { name: data.articleTitle }).first().isVisible()).toBe(true);
        await shoot(page, 'search', size.name);

        // The archive by day, then one day with its neighbours.
        await page.getByRole('link', { name: 'By day', exact: true }).click();
        await page.waitForURL('**/days');
        await shoot(page, 'days', size.name);
        await page.locator('a[href="/days/2021-05-21"]').click();
        await page.waitForURL('**/days/2021-05-21');
        expect(await page.getByRole('heading', { level: 1, name: 'All news of 2021-05-21' }).isVisible()).toBe(true);
        expect(await page.getByRole('link', { name: 'Next day →' }).isVisible()).toBe(true);
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'day', size.name);

        // Dark mode: the same page with the reader's system set to dark.
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(16, 18, 22)');
        await shoot(page, 'day-dark', size.name);

        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it(`switches the reader language and reads a translation side by side at ${size.name} size`, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      try {
        const page = await context.newPage();
        const failures = watchFailures(page);

        // The header switch is two plain links; choosing French is remembered in a cookie.
        await page.goto(translatedServer.url);
        const switcher = page.getByRole('navigation', { name: 'Reading language' });
        expect(await switcher.isVisible()).toBe(true);
        expect(await noHorizontalScroll(page)).toBe(true);
        await switcher.getByRole('link', { name: 'Français' }).click();
        await page.waitForURL('**/?lang=fr');
        expect(await page.getByRole('heading', { level: 1, name: 'À la une' }).isVisible()).toBe(true);
        expect(await page.evaluate<string>('document.documentElement.lang')).toBe('fr');
        expect((await context.cookies()).find((c) => c.name === 'bw_lang')?.value).toBe('fr');
        // The English lead story's headline is shown in French, with its label.
        expect(await page.getByRole('link', { name: SAMPLE_TRANSLATIONS.summitEnglishInFrench }).first().isVisible()).toBe(true);
        expect(await page.getByText('Traduit de l’anglais').first().isVisible()).toBe(true);
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'translated-switch', size.name);

        // Back to English (the cookie follows), then a French article read in English.
        await page.getByRole('navigation', { name: 'Langue de lecture' }).getByRole('link', { name: 'English' }).click();
        await page.waitForURL('**/?lang=en');
        await page.goto(`${translatedServer.url}/stories/${SAMPLE.summitStory}`);
        expect(await page.getByText('Translated from French').isVisible()).toBe(true);
        expect(await page.getByText('translation pending').first().isVisible()).toBe(true);
        await page.getByRole('link', { name: SAMPLE_TRANSLATIONS.summitFrenchTitle }).first().click();
        await page.waitForURL(`**/articles/${SAMPLE.summitFrench}`);
        expect(await page.getByRole('heading', { level: 1, name: SAMPLE_TRANSLATIONS.summitFrenchTitle }).isVisible()).toBe(true);
        const label = page.getByText('Translated automatically from French by Apertium');
        expect(await label.isVisible()).toBe(true);
        expect(await label.getAttribute('title')).toBe('fr → ca → en');
        await shoot(page, 'translated-article', size.name);

        await page.getByRole('link', { name: 'Side by side' }).click();
        await page.waitForURL('**?view=both');
        const columns = page.locator('.parallel-col');
        expect(await columns.count()).toBe(2);
        const [original, translation] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
        if (size.width >= 1100) {
          // Two columns next to each other.
          expect(translation!.x).toBeGreaterThan(original!.x + original!.width - 1);
          expect(Math.abs(translation!.y - original!.y)).toBeLessThan(2);
        } else {
          // Stacked: the translation below the original.
          expect(translation!.y).toBeGreaterThan(original!.y + original!.height - 1);
        }
        expect(await columns.nth(0).getAttribute('lang')).toBe('fr');
        expect(await columns.nth(1).getAttribute('lang')).toBe('en');
        expect(await noHorizontalScroll(page)).toBe(true);
        await shoot(page, 'translated-article-both', size.name);

        await page.getByRole('link', { name: 'Show original' }).click();
        await page.waitForURL('**?view=original');
        expect(await page.getByRole('heading', { level: 1, name: 'À Reykjavik, Blinken et Lavrov se parlent enfin' }).isVisible()).toBe(true);

        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/** Console errors (CSP violations included), page errors and failed requests, collected for one assertion. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(message.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failures.push(`${res.status()} ${res.url()}`);
  });
  return failures;
}

/** On a phone nothing may be wider than the screen. */
function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
}
