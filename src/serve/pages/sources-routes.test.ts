// The sources page and /sources.opml against a real in-memory SQLite store: health shown, names escaped, OPML readable back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOpml } from '../../sources/index.js';
import type { Store } from '../../store/store.js';
import type { ServeApp } from '../create-app.js';
import { openSampleApp } from '../testing/open-sample-app.js';

let app: ServeApp;
let store: Store;

beforeAll(async () => {
  ({ app, store } = await openSampleApp());
  const ok = (await store.addSource({ url: 'https://quotidien.example/rss', kind: 'feed', name: 'Le Quotidien <du> Lac', language: 'fr', section: 'Monde', intervalMinutes: 30 })).source;
  const bad = (await store.addSource({ url: 'https://broken.example/feed', kind: 'feed', name: null, language: null, section: null, intervalMinutes: 60 })).source;
  const at = '2026-11-23T10:00:00.000Z';
  await store.recordSourceFetch(ok.id, { at, error: null, nextDueAt: '2026-11-23T10:30:00.000Z', newArticles: 4, etag: '"x"' });
  await store.recordSourceFetch(bad.id, { at, error: 'sources: not a feed: the URL returned an HTML page (https://broken.example/feed)', nextDueAt: '2026-11-23T11:00:00.000Z', newArticles: 0 });
});
afterAll(async () => {
  await store.close();
});

describe('/sources', () => {
  it('lists every source with its health, escaping names', async () => {
    const res = await app.request('/sources');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Sources</h1>');
    expect(html).toContain('Le Quotidien &lt;du&gt; Lac');
    expect(html).not.toContain('Le Quotidien <du> Lac');
    expect(html).toContain('Failing (1 in a row)');
    expect(html).toContain('sources: not a feed: the URL returned an HTML page (https://broken.example/feed)');
    expect(html).toMatch(/<td>OK<\/td>/);
    expect(html).toContain('4 (4 per day)');
    expect(html).toContain('href="/sources.opml"');
    // The site's layout frames it.
    expect(html).toContain('class="skip-link"');
  });

  it('speaks French for a French reader', async () => {
    const res = await app.request('/sources?lang=fr');
    expect(await res.text()).toContain('En échec (1 de suite)');
  });

  it('serves the sources as OPML that reads back', async () => {
    const res = await app.request('/sources.opml');
    expect(res.headers.get('content-type')).toBe('text/x-opml; charset=utf-8');
    const back = readOpml(await res.text(), '/sources.opml');
    expect(back.map((s) => [s.url, s.name, s.section, s.kind])).toEqual([
      ['https://broken.example/feed', null, null, 'feed'],
      ['https://quotidien.example/rss', 'Le Quotidien <du> Lac', 'Monde', 'feed'],
    ]);
  });
});
