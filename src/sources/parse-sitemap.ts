// Reads a sitemap: a sitemap index (more sitemaps) or a URL set, with Google News titles, dates and languages when present.
import { InputError } from '../domain/index.js';
import { looksLikeHtml } from './parse-feed.js';
import type { MarkupElement as XmlElement } from './parse-markup.js';
import { parseXmlMarkup } from './parse-markup.js';
import { repairEntities } from './recover-xml.js';

export interface SitemapEntry {
  url: string;
  lastModified: string | null;
  /** From <news:news>, when the sitemap is a news sitemap. */
  title: string | null;
  publishedAt: string | null;
  language: string | null;
}

export type ParsedSitemap = { kind: 'index'; sitemaps: string[] } | { kind: 'urlset'; entries: SitemapEntry[]; news: boolean };

export function isSitemapText(text: string): boolean {
  return /<(?:[\w-]+:)?(?:urlset|sitemapindex)\b/i.test(text.slice(0, 4096));
}

export function parseSitemapText(text: string, url: string): ParsedSitemap {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!isSitemapText(body)) {
    throw new InputError('sources', looksLikeHtml(body) ? 'not a sitemap: the URL returned an HTML page' : 'not a sitemap: no <urlset> or <sitemapindex>', url);
  }
  const document = parseXmlMarkup(repairEntities(body.replace(/^<\?xml[^>]*\?>/, '')));
  // Namespace prefixes vary (news:, n:, none); match on local names.
  const all = (root: XmlElement): XmlElement[] => [...root.querySelectorAll('*')];
  const local = (el: XmlElement) => el.tagName.toLowerCase().replace(/^.*:/, '');
  const childText = (el: XmlElement, name: string): string | null => {
    const found = all(el).find((c) => local(c) === name);
    const value = found?.textContent?.trim();
    return value ? value : null;
  };
  const elements = all(document);
  const resolve = (loc: string | null): string | null => {
    if (!loc) return null;
    try {
      const u = new URL(loc, url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  if (elements.some((e) => local(e) === 'sitemapindex')) {
    const sitemaps = elements.filter((e) => local(e) === 'sitemap').map((e) => resolve(childText(e, 'loc')));
    return { kind: 'index', sitemaps: sitemaps.filter((s): s is string => s !== null) };
  }
  let news = false;
  const entries: SitemapEntry[] = [];
  for (const el of elements.filter((e) => local(e) === 'url')) {
    const loc = resolve(childText(el, 'loc'));
    if (!loc) continue;
    const newsEl = all(el).find((c) => local(c) === 'news');
    if (newsEl) news = true;
    entries.push({
      url: loc,
      lastModified: childText(el, 'lastmod'),
      title: newsEl ? childText(newsEl, 'title') : null,
      publishedAt: newsEl ? childText(newsEl, 'publication_date') : null,
      language: newsEl ? childText(newsEl, 'language') : null,
    });
  }
  return { kind: 'urlset', entries, news };
}
