// The HTML pages against a real in-memory SQLite store: content, escaping, links, status codes.
import type { ServeApp } from './create-app.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';

let app: ServeApp;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await openSampleApp());
});
afterAll(async () => {
  await store.close();
});

async function get(path: string): Promise<{ status: number; html: string; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, html: await res.text(), res };
}

describe('home page', () => {
  it('lists top stories by trend score with facts, reach, languages, span and entities', async () => {
    const { status, html, res } = await get('/');
    expect(status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    // pageSize 2: the December call is the only story active in the 48 h before the latest article; the page is filled with the most recent other story.
    const call = html.indexOf('Biden und Putin sprechen');
    const summit = html.indexOf('Arctic ministers meet in Reykjavik');
    expect(call).toBeGreaterThan(-1);
    expect(summit).toBeGreaterThan(call);
    expect(html).toContain(`href="/stories/${SAMPLE.callStory}"`);
    expect(html).toContain('2 articles · 2 outlets · languages: German, English');
    expect(html).toContain('7 December 2021');
    expect(html).toContain('Vladimir Putin');
    expect(html).toContain('lang="de"');
    expect(html).toContain('2 outlets, 2 languages');
    expect(html).toContain('+2 in 24 h');
    // The lead story lists its other coverage.
    expect(html).toMatch(/<ul class="also"[^>]*>.*Northern Ledger · English.*href="\/articles\/a-call-en"/);
  });

  it('has a Latest column newest first and Trends 24h with rising names linking to entity pages', async () => {
    const { html } = await get('/');
    const latest = html.slice(html.indexOf('id="latest"'), html.indexOf('id="trends"'));
    expect(latest.indexOf('/articles/a-call-en')).toBeGreaterThan(-1);
    expect(latest.indexOf('/articles/a-call-de')).toBeGreaterThan(latest.indexOf('/articles/a-call-en'));
    expect(latest.indexOf('/articles/a-summit-en')).toBeGreaterThan(latest.indexOf('/articles/a-call-de'));
    const trends = html.slice(html.indexOf('id="trends"'));
    expect(trends).toContain('href="/entities/person%3Avladimir-putin"');
    expect(trends).toContain('2 articles, up from 0');
    expect(trends).not.toContain('Antony Blinken');
  });

  it('shows the summit facts line with three languages and a time span', async () => {
    const { html } = await get('/');
    expect(html).toContain('3 articles · 3 outlets · languages: English, French, Spanish');
    expect(html).toMatch(/21 May 2021<\/time> – <time[^>]*>23 May 2021/);
  });

  it('has the page landmarks, skip link, search box and stylesheet', async () => {
    const { html } = await get('/');
    for (const fragment of ['<header', '<nav', '<main id="main"', '<footer', 'class="skip-link" href="#main"', 'name="q"', '/assets/site.css?v=']) {
      expect(html).toContain(fragment);
    }
  });

  it('sends a script-free content security policy', async () => {
    const { res } = await get('/');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('rejects a bad page number with 400 naming the parameter', async () => {
    const { status, html } = await get('/days/2021-05-21?x=1').then(() => get('/entities/person%3Avladimir-putin?page=abc'));
    expect(status).toBe(400);
    expect(html).toContain('page must be a whole number');
  });

  it('speaks French when the reader language is French', async () => {
    const french = await openSampleApp({ siteName: 'Babelwire', readerLanguage: 'fr', pageSize: 10 });
    try {
      const html = await (await french.app.request('/')).text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('À la une');
      expect(html).toContain('anglais, français et espagnol');
      expect(html).toContain('21 mai 2021');
    } finally {
      await french.store.close();
    }
  });
});

describe('story page', () => {
  it('shows every article in publication order with why it belongs', async () => {
    const { status, html } = await get(`/stories/${SAMPLE.summitStory}`);
    expect(status).toBe(200);
    const order = [SAMPLE.summitLead, SAMPLE.summitFrench, SAMPLE.summitSpanish].map((id) => html.indexOf(`href="/articles/${id}"`));
    expect(order.every((i) => i > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Started this story');
    expect(html).toContain('Match 0.71');
    expect(html).toContain('Shares: Antony Blinken, Sergey Lavrov, Reykjavik');
    expect(html).toContain('<h3 lang="fr">');
    expect(html).toContain('Le Quotidien du Nord');
  });

  it('returns a 404 page for an unknown story', async () => {
    const { status, html } = await get('/stories/nope');
    expect(status).toBe(404);
    expect(html).toContain('Page not found');
  });
});

describe('article page', () => {
  it('shows title, byline, paragraphs, origin link, provenance, entities and the story', async () => {
    const { status, html } = await get(`/articles/${SAMPLE.summitLead}`);
    expect(status).toBe(200);
    expect(html).toContain('By Ada Lindqvist');
    expect(html).toContain('Northern Ledger');
    expect(html.match(/<div class="article-body" lang="en">([\s\S]*?)<\/div>/)?.[1]?.match(/<p>/g)).toHaveLength(3);
    expect(html).toContain('href="https://example.org/world/arctic-ministers-meet" rel="noopener nofollow"');
    expect(html).not.toContain('target="_blank"');
    expect(html).toContain('fixtures/summit-en.html');
    expect(html).toContain('Photo: Harbour Press');
    expect(html).toContain(`href="/stories/${SAMPLE.summitStory}"`);
    expect(html).toContain(`href="/articles/${SAMPLE.summitFrench}"`);
    expect(html).toContain('href="/entities/person%3Aantony-blinken"');
  });

  it('shows the lead (standfirst) above the body, once', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitSpanish}`);
    const body = html.match(/<div class="article-body" lang="es">([\s\S]*?)<\/div>/)?.[1] ?? '';
    expect(body.startsWith('<p class="lead">Primera reunión entre los dos ministros')).toBe(true);
    expect(body.split('Primera reunión').length).toBe(2);
    expect(body.indexOf('El encuentro en Reikiavik')).toBeGreaterThan(body.indexOf('Primera reunión'));
  });

  it('shows the translated lead apart, above the translated body', async () => {
    await store.saveTranslation({
      articleId: SAMPLE.summitSpanish, target: 'en', title: 'Blinken and Lavrov in Reykjavik',
      text: 'First meeting between the two ministers.\n\nThe meeting in Reykjavik ended without agreements.',
      provider: 'apertium', quality: 'machine', path: ['es', 'en'], translatedAt: '2021-05-21T12:00:00.000Z',
    });
    const { html } = await get(`/articles/${SAMPLE.summitSpanish}`);
    const body = html.match(/<div class="article-body" lang="en">([\s\S]*?)<\/div>/)?.[1] ?? '';
    expect(body).toBe('<p class="lead">First meeting between the two ministers.</p><p>The meeting in Reykjavik ended without agreements.</p>');
    const both = (await get(`/articles/${SAMPLE.summitSpanish}?view=both`)).html;
    expect(both.split('<p class="lead">').length).toBe(3);
  });

  it('says when the publication date was inferred', async () => {
    const { html } = await get(`/articles/${SAMPLE.summitFrench}`);
    expect(html).toContain('date inferred from the text');
    expect(html).toContain('<h1 lang="fr">');
  });

  it('escapes markup in titles, text and sources and never links a javascript: URL', async () => {
    const { status, html } = await get(`/articles/${SAMPLE.scriptArticle}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Evil</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Harbour fire &amp; smoke');
    expect(html).not.toMatch(/href="javascript:/i);
    const home = await get('/?page=2');
    expect(home.html).not.toContain('<script>');
  });

  it('returns 404 for an unknown article and for unknown paths', async () => {
    expect((await get('/articles/missing')).status).toBe(404);
    expect((await get('/no/such/page')).status).toBe(404);
  });
});

describe('days', () => {
  it('lists days with counts', async () => {
    const { status, html } = await get('/days');
    expect(status).toBe(200);
    expect(html).toContain('href="/days/2021-05-21"');
    expect(html).toContain('href="/days/2021-12-07"');
    expect(html).toContain('May 2021');
    expect(html).toMatch(/2 articles · 1 story/);
  });

  it('shows all news of a day with previous and next day links', async () => {
    const { status, html } = await get('/days/2021-05-22');
    expect(status).toBe(200);
    expect(html).toContain('All news of 2021-05-22');
    expect(html).toContain('href="/days/2021-05-21" rel="prev"');
    expect(html).toContain('href="/days/2021-05-23" rel="next"');
    expect(html).toContain('Ferry timetable changes');
    expect(html).toContain('Not yet in a story');
    expect(html).not.toContain('Biden');
  });

  it('rejects days that are not days', async () => {
    expect((await get('/days/2021-02-30')).status).toBe(400);
    expect((await get('/days/yesterday')).status).toBe(400);
  });
});

describe('search page', () => {
  it('finds articles in any language, marks the words and pages', async () => {
    const { status, html } = await get('/search?q=Lavrov');
    expect(status).toBe(200);
    expect(html).toContain('Results for “Lavrov”');
    expect(html).toContain(`href="/articles/${SAMPLE.summitFrench}"`);
    expect(html).toContain('value="Lavrov"');
    expect(html).toContain('href="/search?q=Lavrov&amp;page=2" rel="next"');
    expect((await get('/search?q=Reykjavik')).html).toContain('<mark>Reykjavik</mark>');
  });

  it('prompts when empty and says when nothing matches', async () => {
    expect((await get('/search')).html).toContain('Search titles and texts in every language.');
    expect((await get('/search?q=zzzzqqq')).html).toContain('Nothing matches your search.');
  });

  it('escapes the query everywhere it is echoed', async () => {
    const { html } = await get(`/search?q=${encodeURIComponent('<script>x</script>')}`);
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('assets', () => {
  it('serves the stylesheet with a long cache lifetime', async () => {
    const res = await app.request('/assets/site.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
    expect(res.headers.get('cache-control')).toContain('max-age=31536000');
    const css = await res.text();
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain(':focus-visible');
    expect(css.length).toBeLessThan(30_000);
  });
});
