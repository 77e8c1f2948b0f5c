// The reader's language: the switch and its cookie, translated headlines everywhere, and the article page's views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleTranslation } from '../domain/index.js';
import type { Store } from '../store/store.js';
import type { ServeApp } from './create-app.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';
import { SAMPLE_TRANSLATIONS } from './testing/seed-sample-translations.js';

const SETTINGS = { siteName: 'Babelwire', readerLanguage: 'en', pageSize: 10 };

let app: ServeApp;
let store: Store;
/** listTranslations calls since the last reset: each page must load its translations in one query. */
let translationQueries = 0;

beforeAll(async () => {
  ({ app, store } = await openSampleApp(SETTINGS, { translations: true, wrapStore: countTranslationQueries, pageCache: false }));
});
afterAll(async () => {
  await store.close();
});

function countTranslationQueries(inner: Store): Store {
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'listTranslations') translationQueries += 1;
      const value: unknown = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function get(path: string, cookie?: string, on: ServeApp = app): Promise<{ status: number; html: string; res: Response }> {
  const res = await on.request(path, cookie ? { headers: { Cookie: cookie } } : {});
  return { status: res.status, html: await res.text(), res };
}

/** The markup of the first element with this class, up to its closing tag (good enough for flat elements). */
function section(html: string, pattern: RegExp): string {
  return html.match(pattern)?.[0] ?? '';
}

describe('the reader language', () => {
  it('offers a plain-link English / Français switch in the header, keeping the page and its query', async () => {
    const { html } = await get('/search?q=Lavrov');
    const nav = section(html, /<nav class="lang-switch"[\s\S]*?<\/nav>/);
    expect(nav).toContain('aria-label="Reading language"');
    expect(nav).toContain('<a href="/search?q=Lavrov&amp;lang=en" lang="en" hreflang="en" aria-current="true">English</a>');
    expect(nav).toContain('<a href="/search?q=Lavrov&amp;lang=fr" lang="fr" hreflang="fr">Français</a>');
    expect(html).not.toContain('<script');
  });

  it('switches with ?lang=fr, remembers it in a cookie for a year and speaks French', async () => {
    const { status, html, res } = await get('/?lang=fr');
    expect(status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bw_lang=fr;/);
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.headers.get('vary')).toContain('Cookie');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('À la une');
    expect(html).toContain('Langue de lecture');
    expect(section(html, /<nav class="lang-switch"[\s\S]*?<\/nav>/)).toContain('hreflang="fr" aria-current="true">Français</a>');
  });

  it('reads the cookie on later visits, and a ?lang= overrides it', async () => {
    const remembered = await get('/days', 'bw_lang=fr');
    expect(remembered.html).toContain('<html lang="fr">');
    expect(remembered.html).toContain('L’actualité jour par jour');
    expect(remembered.res.headers.get('set-cookie')).toBeNull();
    const overridden = await get('/days?lang=en', 'bw_lang=fr');
    expect(overridden.html).toContain('<html lang="en">');
    expect(overridden.res.headers.get('set-cookie')).toMatch(/^bw_lang=en;/);
  });

  it('falls back to the site setting for an unknown ?lang= or cookie, without refusing the page', async () => {
    const { status, html, res } = await get('/?lang=xx', 'bw_lang=zz');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('shows error pages in the reader language', async () => {
    const { status, html } = await get('/stories/nope', 'bw_lang=fr');
    expect(status).toBe(404);
    expect(html).toContain('Page introuvable');
  });
});

describe('headlines in the reader language', () => {
  it('home: a glossed German lead is labelled as a gloss, an English one has no label', async () => {
    translationQueries = 0;
    const { html } = await get('/');
    expect(translationQueries).toBe(1);
    expect(html).toContain(`<h3 lang="en"><a href="/stories/${SAMPLE.callStory}">${SAMPLE_TRANSLATIONS.callGlossTitle}</a></h3>`);
    expect(html).toContain('<span class="tr-note gloss">Word-by-word gloss from German</span>');
    expect(html).not.toContain('Biden und Putin sprechen');
    // The card's summary comes from the translated body when there is one.
    expect(html).toContain('<p class="summary" lang="en">The American president and the Russian head of state');
    expect(html).toContain('<h3 lang="en"><a href="/stories/s-arctic-summit">Arctic ministers meet');
  });

  it('story page: translated, pending and same-language members, each labelled', async () => {
    translationQueries = 0;
    const { html } = await get(`/stories/${SAMPLE.summitStory}`);
    expect(translationQueries).toBe(1);
    expect(html).toContain(`<h3 lang="en"><a href="/articles/${SAMPLE.summitFrench}">${SAMPLE_TRANSLATIONS.summitFrenchTitle}</a></h3>`);
    expect(html).toContain('<span class="tr-note">Translated from French</span>');
    // No translation of the Spanish article yet: the original, marked as pending.
    expect(html).toContain(`<h3 lang="es"><a href="/articles/${SAMPLE.summitSpanish}">Blinken y Lavrov buscan rebajar la tensión en Islandia</a></h3>`);
    expect(html).toContain('<span class="tr-note pending">translation pending</span>');
    expect(html.match(/class="tr-note/g)).toHaveLength(2);
  });

  it('story page in French: the h1 is the lead article’s translation', async () => {
    const { html } = await get(`/stories/${SAMPLE.summitStory}`, 'bw_lang=fr');
    expect(html).toContain(`<h1 lang="fr">${SAMPLE_TRANSLATIONS.summitEnglishInFrench}</h1>`);
    expect(html).toContain('Traduit de l’anglais');
    // The French article needs no translation for a French reader.
    expect(html).toContain(`<h3 lang="fr"><a href="/articles/${SAMPLE.summitFrench}">À Reykjavik, Blinken et Lavrov se parlent enfin</a></h3>`);
    expect(html).toContain('traduction en attente');
  });

  it('shows the original without a label where the pipeline could not translate (quality "original")', async () => {
    const { html } = await get(`/stories/${SAMPLE.callStory}`, 'bw_lang=fr');
    expect(html).toContain(`<a href="/articles/${SAMPLE.callEnglish}">Biden warns Putin of sanctions in two-hour video call</a>`);
    const member = section(html, new RegExp(`<li class="member" id="a-${SAMPLE.callEnglish}">[\\s\\S]*?</li>`));
    expect(member).not.toContain('tr-note');
  });

  it('day page: story cards and the day’s articles', async () => {
    translationQueries = 0;
    const { html } = await get('/days/2021-05-21');
    expect(translationQueries).toBe(1);
    expect(html).toContain(`<a href="/articles/${SAMPLE.summitFrench}" lang="en">${SAMPLE_TRANSLATIONS.summitFrenchTitle}</a><span class="tr-note">Translated from French</span>`);
  });

  it('search results: the translated title, highlighted, with its label', async () => {
    translationQueries = 0;
    const { html } = await get('/search?q=Lavrov');
    expect(translationQueries).toBe(1);
    expect(html).toContain('In Reykjavik, Blinken and <mark>Lavrov</mark> finally talk');
    expect(html).toContain('<p class="tr-line"><span class="tr-note">Translated from French</span></p>');
  });
});

describe('the article page', () => {
  it('shows the translated title and body with who translated it and how', async () => {
    translationQueries = 0;
    const { status, html } = await get(`/articles/${SAMPLE.summitFrench}`);
    expect(status).toBe(200);
    expect(translationQueries).toBe(1);
    expect(html).toContain(`<h1 lang="en">${SAMPLE_TRANSLATIONS.summitFrenchTitle}</h1>`);
    expect(html).toContain('<p class="tr-label" title="fr → ca → en">Translated automatically from French by Apertium</p>');
    const body = section(html, /<div class="article-body" lang="en">[\s\S]*?<\/div>/);
    expect(body).toContain('The long-awaited meeting took place');
    expect(body.match(/<p>/g)).toHaveLength(2);
    expect(html).not.toContain('La rencontre tant attendue');
    expect(html).toContain(`<a href="/articles/${SAMPLE.summitFrench}?view=original">Show original</a>`);
    expect(html).toContain(`<a class="side-by-side" href="/articles/${SAMPLE.summitFrench}?view=both">Side by side</a>`);
  });

  it('shows the original on request, with a way back to the translation', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitFrench}?view=original`);
    expect(html).toContain('<h1 lang="fr">À Reykjavik, Blinken et Lavrov se parlent enfin</h1>');
    expect(section(html, /<div class="article-body" lang="fr">[\s\S]*?<\/div>/)).toContain('La rencontre tant attendue');
    expect(html).not.toContain('The long-awaited meeting');
    expect(html).toContain(`<a href="/articles/${SAMPLE.summitFrench}">Show translation</a>`);
  });

  it('puts original and translation side by side, each column in its own language', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitFrench}?view=both`);
    expect(html).toContain('<div class="article-layout both">');
    const parallel = section(html, /<div class="parallel">[\s\S]*<\/section><\/div>/);
    const columns = [...parallel.matchAll(/<section class="parallel-col" lang="(\w+)">/g)].map((m) => m[1]);
    expect(columns).toEqual(['fr', 'en']);
    expect(parallel).toContain('Original · French');
    expect(parallel).toContain('La rencontre tant attendue');
    expect(parallel).toContain('The long-awaited meeting');
    expect(parallel.indexOf('La rencontre')).toBeLessThan(parallel.indexOf('The long-awaited'));
  });

  it('labels a word-by-word gloss as a gloss', async () => {
    const { html } = await get(`/articles/${SAMPLE.callLead}`);
    expect(html).toContain(`<h1 lang="en">${SAMPLE_TRANSLATIONS.callGlossTitle}</h1>`);
    expect(html).toContain('<p class="tr-label" title="de → en">Word-by-word gloss from German</p>');
    expect(html).not.toContain('Translated automatically');
  });

  it('shows the original marked "translation pending" when there is no translation and nothing to make one', async () => {
    const { status, html } = await get(`/articles/${SAMPLE.summitSpanish}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1 lang="es">Blinken y Lavrov buscan rebajar la tensión en Islandia</h1>');
    expect(html).toContain('<p class="tr-label pending">translation pending</p>');
    expect(section(html, /<div class="article-body" lang="es">[\s\S]*?<\/div>/)).toContain('El encuentro en Reikiavik');
    expect(html).not.toContain('Show original');
  });

  it('shows a translated title over the original body while the body waits for translation', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitLead}`, 'bw_lang=fr');
    expect(html).toContain(`<h1 lang="fr">${SAMPLE_TRANSLATIONS.summitEnglishInFrench}</h1>`);
    expect(html).toContain('Traduit automatiquement de l’anglais par Apertium · traduction en attente');
    expect(section(html, /<div class="article-body" lang="en">[\s\S]*?<\/div>/)).toContain('Foreign ministers of the eight Arctic states');
    expect(html).not.toContain('view=both');
  });

  it('shows an article nothing could translate as written, without a pending label', async () => {
    const { html } = await get(`/articles/${SAMPLE.callEnglish}`, 'bw_lang=fr');
    expect(html).toContain('<h1 lang="en">Biden warns Putin of sanctions in two-hour video call</h1>');
    expect(html).not.toContain('tr-bar');
  });

  it('needs no label when the article is in the reader language', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitLead}`);
    expect(html).not.toContain('tr-bar');
    expect(html).toContain(`<a href="/articles/${SAMPLE.summitFrench}" lang="en">${SAMPLE_TRANSLATIONS.summitFrenchTitle}</a>`);
  });

  it('rejects an unknown view with 400 naming the parameter', async () => {
    const { status, html } = await get(`/articles/${SAMPLE.summitFrench}?view=sideways`);
    expect(status).toBe(400);
    expect(html).toContain('view must be translation, original or both');
  });
});

describe('translating a body on first view', () => {
  const spanish: ArticleTranslation = {
    articleId: SAMPLE.summitSpanish,
    target: 'en',
    title: 'Blinken and Lavrov seek to lower the tension in Iceland',
    text: 'The meeting in Reykjavik ended without concrete agreements.\n\nThe Arctic Council meeting closed on Saturday.',
    provider: 'apertium',
    quality: 'machine',
    path: ['es', 'en'],
    translatedAt: '2021-12-31T02:00:00.000Z',
  };

  it('calls translateArticle for an untranslated body and shows the result', async () => {
    const calls: string[] = [];
    const lazy = await openSampleApp(SETTINGS, {
      translations: true,
      translateArticle: (id, target) => {
        calls.push(`${id}->${target}`);
        return Promise.resolve(id === SAMPLE.summitSpanish ? spanish : null);
      },
    });
    try {
      const { html } = await get(`/articles/${SAMPLE.summitSpanish}`, undefined, lazy.app);
      expect(calls).toEqual([`${SAMPLE.summitSpanish}->en`]);
      expect(html).toContain(`<h1 lang="en">${spanish.title}</h1>`);
      expect(html).toContain('Translated automatically from Spanish by Apertium');
      expect(section(html, /<div class="article-body" lang="en">[\s\S]*?<\/div>/)).toContain('ended without concrete agreements');
      // Bodies already translated, articles in the reader's language and the original view never call it.
      await get(`/articles/${SAMPLE.summitFrench}`, undefined, lazy.app);
      await get(`/articles/${SAMPLE.summitLead}`, undefined, lazy.app);
      await get(`/articles/${SAMPLE.summitSpanish}?view=original`, undefined, lazy.app);
      expect(calls).toHaveLength(1);
      // A title-only translation is completed.
      await get(`/articles/${SAMPLE.summitLead}`, 'bw_lang=fr', lazy.app);
      expect(calls).toEqual([`${SAMPLE.summitSpanish}->en`, `${SAMPLE.summitLead}->fr`]);
    } finally {
      await lazy.store.close();
    }
  });

  it('shows the original, never a 500, when the translator fails', async () => {
    const failing = await openSampleApp(SETTINGS, { translateArticle: () => Promise.reject(new Error('apertium: exited with 1')) });
    try {
      const { status, html } = await get(`/articles/${SAMPLE.summitSpanish}`, undefined, failing.app);
      expect(status).toBe(200);
      expect(html).toContain('translation pending');
      expect(html).toContain('El encuentro en Reikiavik');
      expect(failing.errors).toEqual([`serve: translating article ${SAMPLE.summitSpanish} into en failed: apertium: exited with 1`]);
    } finally {
      await failing.store.close();
    }
  });

  it('gives up waiting after the timeout', async () => {
    const slow = await openSampleApp(SETTINGS, { translateArticle: () => new Promise(() => undefined), translateTimeoutMs: 30 });
    try {
      const started = Date.now();
      const { status, html } = await get(`/articles/${SAMPLE.summitSpanish}`, undefined, slow.app);
      expect(status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(html).toContain('<p class="tr-label pending">translation pending</p>');
      expect(slow.errors[0]).toContain('took over 30 ms');
    } finally {
      await slow.store.close();
    }
  });
});
