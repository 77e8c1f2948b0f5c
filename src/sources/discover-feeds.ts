// Feed autodiscovery: the <link rel="alternate"> feeds an HTML page announces, best first.
import { parseHtmlMarkup } from './parse-markup.js';

export interface DiscoveredFeed {
  url: string;
  type: string;
  title: string | null;
}

const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml', 'application/xml', 'text/xml'];

export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const document = parseHtmlMarkup(html);
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().trim();
    if (!rel.includes('alternate') || !FEED_TYPES.includes(type)) continue;
    // application/json alternates are often oEmbed or API links; only JSON Feed declares itself.
    if (type === 'application/json' && !/feed/i.test(`${link.getAttribute('title') ?? ''} ${link.getAttribute('href') ?? ''}`)) continue;
    let url: string;
    try {
      url = new URL(link.getAttribute('href') ?? '', pageUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    found.push({ url, type, title: link.getAttribute('title')?.trim() || null });
  }
  // Comment feeds come after article feeds.
  return found.sort((a, b) => Number(/comment/i.test(`${a.title ?? ''} ${a.url}`)) - Number(/comment/i.test(`${b.title ?? ''} ${b.url}`)));
}

/** The page's own language (<html lang>), a hint for sources added from it. */
export function pageLanguage(html: string): string | null {
  const m = /<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i.exec(html.slice(0, 4096));
  return m?.[1] ?? null;
}
