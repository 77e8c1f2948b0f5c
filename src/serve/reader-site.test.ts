// The reader's site over a real in-memory SQLite store: feeds parsed back, sitemap, entity/section/source pages,
// search across languages with filters, story and article navigation, time zone, and cache invalidation.
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import type { ServeApp } from './create-app.js';
import { openSampleApp } from './testing/open-sample-app.js';
import { SAMPLE } from './testing/seed-sample-news.js';
import { SAMPLE_TRANSLATIONS } from './testing/seed-sample-translations.js';

let app: ServeApp;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await openSampleApp({ siteName: 'Babelwire', readerLanguage: 'en', pageSize: 10 }, { translations: true }));
});
afterAll(async () => {
  await store.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { status: res.status, body: await res.text(), res };
}

describe('feeds out', () => {
  it('serves the front page as RSS 2.0, Atom and JSON Feed that parse back with the same stories', async () => {
    const rss = await get('/feeds/front.rss');
    expect(rss.res.headers.get('content-type')).toContain('application/rss+xml');
    const atom = await get('/feeds/front.atom');
    const json = await get('/feeds/front.json');
    const rssLinks = parseRssFeed(rss.body).items?.map((item) => item.link);
    const atomLinks = parseAtomFeed(atom.body).entries?.map((entry) => entry.links?.[0]?.href);
    const jsonLinks = parseJsonFeed(JSON.parse(json.body)).items?.map((item) => item.url);
    expect(rssLinks).toContain(`http://localhost/stories/${SAMPLE.callStory}`);
    expect(atomLinks).toEqual(rssLinks);
    expect(jsonLinks).toEqual(rssLinks);
    // Headlines come in the reader's language: the German lead's English gloss.
    expect(parseRssFeed(rss.body).items?.map((item) => item.title)).toContain(SAMPLE_TRANSLATIONS.callGlossTitle);
  });

  it('has feeds for a story, an entity, a section and a search, and refuses unknown ones', async () => {
    const story = parseAtomFeed((await get(`/feeds/stories/${SAMPLE.summitStory}.atom`)).body);
    expect(story.entries?.map((e) => e.links?.[0]?.href).sort()).toEqual(
      [SAMPLE.summitLead, SAMPLE.summitFrench, SAMPLE.summitSpanish].map((id) => `http://localhost/articles/${id}`).sort(),
    );
    const entity = parseJsonFeed(JSON.parse((await get('/feeds/entities/person%3Avladimir-putin.json')).body));
    expect(entity.items?.map((i) => i.url)).toEqual([`http://localhost/stories/${SAMPLE.callStory}`]);
    const section = parseRssFeed((await get('/feeds/sections/World.rss')).body);
    expect(section.items?.map((i) => i.link)).toContain(`http://localhost/articles/${SAMPLE.summitLead}`);
    const search = parseRssFeed((await get('/feeds/search.rss?q=finally%20talk')).body);
    expect(search.items?.map((i) => i.link)).toEqual([`http://localhost/articles/${SAMPLE.summitFrench}`]);
    expect((await get('/feeds/front.xml')).status).toBe(404);
    expect((await get('/feeds/stories/nope.rss')).status).toBe(404);
    expect((await get('/feeds/search.rss')).status).toBe(400);
  });

  it('writes a Google News sitemap of the last two days, escaped', async () => {
    const { body, res } = await get('/sitemap-news.xml');
    expect(res.headers.get('content-type')).toContain('application/xml');
    expect(body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(body).toContain(`<loc>http://localhost/articles/${SAMPLE.callEnglish}</loc>`);
    expect(body).toContain('<news:language>de</news:language>');
    // The May articles are months older than the latest one.
    expect(body).not.toContain(SAMPLE.summitLead);
  });
});

describe('archive and navigation pages', () => {
  it('shows an entity page with every story that mentions it, in any language', async () => {
    const { status, body } = await get('/entities/person%3Asergey-lavrov');
    expect(status).toBe(200);
    expect(body).toContain('<h1>Sergey Lavrov</h1>');
    expect(body).toContain(`href="/stories/${SAMPLE.summitStory}"`);
    expect(body).not.toContain(`href="/stories/${SAMPLE.callStory}"`);
    expect(body).toContain('href="/feeds/entities/person%3Asergey-lavrov.rss"');
    expect((await get('/entities/person%3Anobody')).status).toBe(404);
  });

  it('lists sections and shows a section and a source newest first', async () => {
    expect((await get('/sections')).body).toContain('href="/sections/World"');
    const section = await get('/sections/World');
    expect(section.body).toContain('<h1>Section: World</h1>');
    expect(section.body).toContain(`/articles/${SAMPLE.summitLead}`);
    const source = await get('/source/Northern%20Ledger');
    expect(source.body.indexOf(`/articles/${SAMPLE.callEnglish}`)).toBeLessThan(source.body.indexOf(`/articles/${SAMPLE.summitLead}`));
    expect((await get('/source/Nobody')).status).toBe(404);
  });

  it('finds a French article from English words through its translation, and filters by language, source and dates', async () => {
    const { body } = await get('/search?q=finally%20talk');
    expect(body).toContain(`href="/articles/${SAMPLE.summitFrench}"`);
    expect(body).toContain('found in the translation');
    const french = await get('/search?q=Lavrov&language=fr');
    expect(french.body).toContain(`/articles/${SAMPLE.summitFrench}`);
    expect(french.body).not.toContain(`/articles/${SAMPLE.summitLead}"`);
    const dated = await get('/search?q=Lavrov&from=2021-05-23&to=2021-05-23');
    expect(dated.body).toContain(`/articles/${SAMPLE.summitSpanish}`);
    expect(dated.body).not.toContain(`/articles/${SAMPLE.summitFrench}"`);
    const bySource = await get('/search?q=Lavrov&source=Diario%20del%20Sur');
    expect(bySource.body).toContain(`/articles/${SAMPLE.summitSpanish}`);
    expect(bySource.body).not.toContain(`/articles/${SAMPLE.summitLead}"`);
    expect((await get('/search?q=Lavrov&from=yesterday')).status).toBe(400);
  });

  it('shows coverage by language and by outlet on a story page, and previous/next on its articles', async () => {
    const story = await get(`/stories/${SAMPLE.summitStory}`);
    expect(story.body).toContain('Coverage by language');
    expect(story.body).toContain('href="/source/Diario%20del%20Sur"');
    expect(story.body).toContain('href="/entities/person%3Asergey-lavrov"');
    const middle = await get(`/articles/${SAMPLE.summitFrench}`);
    expect(middle.body).toContain(`href="/articles/${SAMPLE.summitLead}" rel="prev"`);
    expect(middle.body).toContain(`href="/articles/${SAMPLE.summitSpanish}" rel="next"`);
    const first = await get(`/articles/${SAMPLE.summitLead}`);
    expect(first.body).not.toContain('rel="prev"');
  });

  it('has a calendar on a day page linking the days with news', async () => {
    const { body } = await get('/days/2021-05-22');
    expect(body).toContain('<table class="calendar">');
    expect(body).toContain('href="/days/2021-05-21"');
    expect(body).toContain('href="/days/2021-05-22" aria-current="date"');
  });
});

describe('reader settings', () => {
  it('remembers a time zone and shows publication times in it', async () => {
    const saved = await get('/settings?tz=Europe%2FParis');
    expect(saved.body).toContain('Settings saved.');
    expect(saved.res.headers.get('set-cookie')).toContain('bw_tz=Europe%2FParis');
    const utc = await get(`/articles/${SAMPLE.summitLead}`);
    expect(utc.body).toContain('09:30 UTC');
    const paris = await get(`/articles/${SAMPLE.summitLead}`, { Cookie: 'bw_tz=Europe%2FParis' });
    expect(paris.body).toContain('11:30 Europe/Paris');
    // A zone Intl does not know is ignored, not an error.
    expect((await get('/settings?tz=Mars%2FOlympus')).body).not.toContain('Settings saved.');
  });
});

describe('page cache', () => {
  it('serves the same page again and shows a new article as soon as it is stored', async () => {
    const before = await get('/');
    expect((await get('/')).body).toBe(before.body);
    await store.insertArticle({
      id: 'a-new',
      ref: 'fixtures/new.txt',
      url: null,
      sourceName: 'Fresh Wire',
      credits: [],
      author: null,
      section: null,
      imageUrl: null,
      title: 'A brand new headline about the harbour',
      text: 'Something happened just now.',
      language: 'en',
      languageConfidence: 0.9,
      publishedAt: '2021-12-08T08:00:00.000Z',
      publishedAtOrigin: 'input',
      ingestedAt: '2021-12-08T08:00:00.000Z',
      contentHash: 'hash-new',
      entities: [],
      dates: [],
      terms: [],
    });
    expect((await get('/')).body).toContain('A brand new headline about the harbour');
  });
});
