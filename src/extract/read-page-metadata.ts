// Reads what a page says about itself: JSON-LD, Open Graph and article meta tags, canonical link, <time>, <html lang>.
import { readJsonLdArticle } from './read-json-ld.js';
import type { JsonLdArticle } from './read-json-ld.js';
import { normaliseLine } from './normalise-whitespace.js';
import type { DomDocument } from './parse-document.js';

export interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  ogTitle: string | null;
  siteName: string | null;
  /** article:published_time and the other meta tags that carry a date, or the first <time datetime> in the article. */
  metaPublished: string | null;
  ogImage: string | null;
  metaSection: string | null;
  metaAuthor: string | null;
  canonical: string | null;
  ogUrl: string | null;
  firstHeading: string | null;
  documentTitle: string | null;
  lang: string | null;
}

/** Meta tags that carry the publication time, in the order we trust them. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function clean(value: string | null | undefined): string | null {
  const line = normaliseLine(value ?? '');
  return line.length > 0 ? line : null;
}

function attribute(document: DomDocument, selector: string, name: string): string | null {
  return clean(document.querySelector(selector)?.getAttribute(name));
}

function metaContent(document: DomDocument, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = attribute(document, selector, 'content');
    if (value) return value;
  }
  return null;
}

/** The first <time datetime> inside the article (or the page), which most CMSs put in the byline. */
function readTimeElement(document: DomDocument): string | null {
  return attribute(document, 'article time[datetime]', 'datetime') ?? attribute(document, 'time[datetime]', 'datetime');
}

export function readPageMetadata(document: DomDocument): PageMetadata {
  const jsonLdBlocks = Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (node) => node.textContent ?? '');
  return {
    jsonLd: readJsonLdArticle(jsonLdBlocks),
    ogTitle: metaContent(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]'),
    siteName: metaContent(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    metaPublished: metaContent(document, ...DATE_META) ?? readTimeElement(document),
    ogImage: metaContent(document, 'meta[property="og:image"]', 'meta[name="twitter:image"]'),
    metaSection: metaContent(document, 'meta[property="article:section"]'),
    metaAuthor: metaContent(document, 'meta[name="author"]', 'meta[property="article:author"]'),
    canonical: attribute(document, 'link[rel="canonical"]', 'href'),
    ogUrl: metaContent(document, 'meta[property="og:url"]'),
    firstHeading: clean(document.querySelector('h1')?.textContent),
    documentTitle: clean(document.querySelector('title')?.textContent),
    lang: clean(document.documentElement?.getAttribute('lang')),
  };
}
