// The fetcher the pipeline uses: per-host politeness, robots.txt for pages, and decoded text with its validators.
import { UpstreamError } from '../domain/index.js';
import { decodeText } from '../sources/index.js';
import type { FetchedResponse, FetchRequest } from './fetch-url.js';
import { fetchUrl } from './fetch-url.js';
import type { FetchSettings } from './fetch-settings.js';
import { createHostLimiter } from './host-limiter.js';
import type { RobotsRules } from './robots-rules.js';
import { allowAllRobots, parseRobots, robotsUrlFor } from './robots-rules.js';

export interface FetchOptions extends FetchRequest {
  /** Pages obey robots.txt; feeds and sitemaps the user subscribed to are fetched as a feed reader does. */
  respectRobots?: boolean;
}

export interface FetchResult extends FetchedResponse {
  /** The body decoded (HTTP charset, BOM, XML declaration or meta, else UTF-8/windows-1252); '' on 304. */
  text: string;
  encoding: string | null;
  /** Media type without parameters, lower case; '' when the server sent none. */
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  /** Cache-Control max-age (or s-maxage) in seconds, when given. */
  maxAgeSeconds: number | null;
}

export interface Fetcher {
  fetch(options: FetchOptions): Promise<FetchResult>;
  /** The rules of the URL's origin (cached); allow-all when robots.txt cannot be read. */
  robots(url: string): Promise<RobotsRules>;
  readonly settings: FetchSettings;
}

export function createFetcher(settings: FetchSettings): Fetcher {
  const limiter = createHostLimiter(settings.perHostConcurrency, settings.perHostDelayMs);
  const robotsCache = new Map<string, { rules: Promise<RobotsRules>; at: number }>();

  const politely = async (options: FetchRequest): Promise<FetchedResponse> => {
    const host = hostOf(options.url);
    const release = await limiter.acquire(host);
    try {
      return await fetchUrl(options, settings);
    } finally {
      release();
    }
  };

  const robots = (url: string): Promise<RobotsRules> => {
    const origin = new URL(url).origin;
    const cached = robotsCache.get(origin);
    if (cached && Date.now() - cached.at < settings.robotsTtlMs) return cached.rules;
    const robotsUrl = robotsUrlFor(url);
    const rules = politely({ url: robotsUrl, accept: 'text/plain' }).then(
      (response) => {
        const rules = parseRobots(robotsUrl, decodeText(response.body, robotsUrl).text, settings.userAgent);
        if (rules.crawlDelayMs !== null) limiter.setDelay(hostOf(url), rules.crawlDelayMs);
        return rules;
      },
      () => allowAllRobots,
    );
    robotsCache.set(origin, { rules, at: Date.now() });
    return rules;
  };

  return {
    settings,
    robots,
    async fetch(options) {
      if (options.respectRobots) {
        const rules = await robots(options.url);
        if (!rules.isAllowed(options.url)) throw new UpstreamError('fetch', 'disallowed by robots.txt', options.url, false);
      }
      const response = await politely(options);
      const contentTypeHeader = response.headers['content-type'] ?? '';
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentTypeHeader)?.[1] ?? null;
      const decoded = response.notModified || response.body.length === 0 ? null : decodeFetched(response, charset);
      return {
        ...response,
        text: decoded?.text ?? '',
        encoding: decoded?.encoding ?? null,
        contentType: (contentTypeHeader.split(';')[0] ?? '').trim().toLowerCase(),
        etag: headerOf(response, 'etag'),
        lastModified: headerOf(response, 'last-modified'),
        maxAgeSeconds: maxAgeOf(headerOf(response, 'cache-control')),
      };
    },
  };
}

function decodeFetched(response: FetchedResponse, charset: string | null) {
  try {
    return decodeText(response.body, response.url, charset);
  } catch (error) {
    throw new UpstreamError('fetch', `the body is not text: ${(error as Error).message}`, response.url, false, { cause: error });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function headerOf(response: FetchedResponse, name: string): string | null {
  const value = response.headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

export function maxAgeOf(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  if (/\bno-(?:cache|store)\b/i.test(cacheControl)) return 0;
  const m = /\b(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  return m?.[1] ? Number(m[1]) : null;
}
