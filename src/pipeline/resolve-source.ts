// What a URL given to `sources add` is: a feed, a sitemap, a page announcing a feed, a site whose sitemap we can follow, or a page.
import type { NewSource, SourceKind } from '../domain/index.js';
import { InputError, describeError } from '../domain/index.js';
import type { Fetcher, FetchResult } from '../fetch/index.js';
import { discoverFeeds, isSitemapText, looksLikeHtml, pageLanguage, parseFeedText, parseSitemapText } from '../sources/index.js';
import { FEED_ACCEPT } from './fetch-source.js';

export interface SourceRequest {
  url: string;
  name?: string | null;
  language?: string | null;
  section?: string | null;
  intervalMinutes: number;
  /** Skip detection (an OPML import already says it is a feed). */
  kind?: SourceKind | null;
}

export interface ResolvedSource {
  source: NewSource;
  /** How the kind was found, for the user: "feed", "discovered from <page>", "sitemap from robots.txt". */
  how: string;
}

/** Throws an InputError naming the URL when it cannot be fetched at all. */
export async function resolveSource(request: SourceRequest, fetcher: Fetcher): Promise<ResolvedSource> {
  const base = { name: request.name ?? null, language: request.language ?? null, section: request.section ?? null, intervalMinutes: request.intervalMinutes };
  let url: string;
  try {
    url = new URL(request.url).href;
  } catch {
    throw new InputError('sources', 'not a URL (give an http or https address)', request.url);
  }
  if (request.kind) return { source: { ...base, url, kind: request.kind }, how: 'as given' };

  let response: FetchResult;
  try {
    response = await fetcher.fetch({ url, accept: FEED_ACCEPT });
  } catch (error) {
    throw new InputError('sources', `cannot add the source: ${describeError(error)}`, url, { cause: error });
  }
  const text = response.text;
  const asFeed = tryFeed(text, response.url);
  if (asFeed) return { source: { ...base, url, kind: 'feed', name: base.name ?? asFeed.title, language: base.language ?? asFeed.language }, how: `${asFeed.format} feed` };
  if (isSitemapText(text)) {
    parseSitemapText(text, response.url);
    return { source: { ...base, url, kind: 'sitemap' }, how: 'sitemap' };
  }
  if (!looksLikeHtml(text) && !/<html|<body/i.test(text.slice(0, 2048))) {
    throw new InputError('sources', 'neither a feed, a sitemap nor a web page', url);
  }
  const name = base.name ?? titleOf(text);
  const language = base.language ?? pageLanguage(text);
  for (const found of discoverFeeds(text, response.url)) {
    try {
      const feedResponse = await fetcher.fetch({ url: found.url, accept: FEED_ACCEPT });
      const feed = tryFeed(feedResponse.text, feedResponse.url);
      if (feed) return { source: { ...base, url: found.url, kind: 'feed', name: name ?? feed.title, language: language ?? feed.language }, how: `${feed.format} feed discovered on ${url}` };
    } catch {
      // A dead announced feed: try the next one.
    }
  }
  const sitemap = await findSitemap(response.url, fetcher);
  if (sitemap) return { source: { ...base, url: sitemap.url, kind: 'sitemap', name, language }, how: `no feed; following the sitemap from ${sitemap.from}` };
  return { source: { ...base, url, kind: 'page', name, language }, how: 'a single page (no feed or sitemap found)' };
}

function tryFeed(text: string, url: string) {
  if (isSitemapText(text) || looksLikeHtml(text)) return null;
  try {
    return parseFeedText(text, url);
  } catch {
    return null;
  }
}

async function findSitemap(pageUrl: string, fetcher: Fetcher): Promise<{ url: string; from: string } | null> {
  const robots = await fetcher.robots(pageUrl);
  const candidates = [...robots.sitemaps.map((url) => ({ url, from: 'robots.txt' })), { url: new URL('/sitemap.xml', pageUrl).href, from: '/sitemap.xml' }];
  for (const candidate of candidates) {
    try {
      const response = await fetcher.fetch({ url: candidate.url, accept: FEED_ACCEPT });
      if (isSitemapText(response.text)) {
        parseSitemapText(response.text, response.url);
        return candidate;
      }
    } catch {
      // Try the next place a sitemap may be.
    }
  }
  return null;
}

function titleOf(html: string): string | null {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = m?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title : null;
}
