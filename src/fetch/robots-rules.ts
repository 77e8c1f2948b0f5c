// robots.txt per origin, fetched once and cached: may this page be fetched, the Crawl-delay, the Sitemap lines.
import { createRequire } from 'node:module';

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

// robots-parser is CommonJS and its typings declare no callable default export under NodeNext.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => ParsedRobots;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  crawlDelayMs: number | null;
  sitemaps: string[];
}

/** A robots.txt that could not be read (missing, 4xx, unreachable) allows everything, as crawlers agree. */
export const allowAllRobots: RobotsRules = { isAllowed: () => true, crawlDelayMs: null, sitemaps: [] };

/** Parses robots.txt text for our user agent token. */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const token = userAgent.split('/')[0] ?? userAgent;
  const delay = robots.getCrawlDelay(token);
  return {
    // Rules for another origin say nothing: robots-parser answers undefined there.
    isAllowed: (url) => robots.isAllowed(url, token) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.min(delay, 60) * 1000 : null,
    sitemaps: robots.getSitemaps(),
  };
}

export function robotsUrlFor(url: string): string {
  return new URL('/robots.txt', url).href;
}
