// Turns a feed item (or a fetched article page) into the raw document extraction takes.
import type { RawDocument } from '../domain/index.js';
import type { FeedItem } from './feed-item.js';

export interface SourceHints {
  /** Name of the outlet, shown as the article's source. */
  sourceName: string | null;
  /** The user's language hint for the source. */
  language: string | null;
}

/** Below this much text, an item's content is a teaser: fetch the article page instead. */
const FULL_TEXT_CHARS = 600;

/** True when the item carries the article itself, not only a summary. */
export function hasFullContent(item: FeedItem): boolean {
  const html = item.contentHtml ?? '';
  return plainLength(html) >= FULL_TEXT_CHARS;
}

/** The feed's own text as a document: content when full, else the summary (the caller may fetch the page instead). */
export function feedItemDocument(item: FeedItem, source: SourceHints, feedUrl: string): RawDocument | null {
  const body = item.contentHtml ?? item.summary;
  if (!body && !item.title) return null;
  return {
    ref: item.link ?? `${feedUrl}#${item.key}`,
    format: 'html',
    body: `${item.title ? `<h1>${escapeHtml(item.title)}</h1>\n` : ''}${body ?? ''}`,
    hints: hintsFor(item, source),
  };
}

/** An article page fetched for an item: the page is the body, the item's title and date are hints. */
export function pageDocument(html: string, url: string, item: FeedItem | null, source: SourceHints): RawDocument {
  return { ref: url, format: 'html', body: html, hints: { ...(item ? hintsFor(item, source) : baseHints(source)), url } };
}

function hintsFor(item: FeedItem, source: SourceHints): RawDocument['hints'] {
  return {
    ...baseHints(source),
    ...(item.title ? { title: item.title } : {}),
    ...(item.link ? { url: item.link } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    ...(item.language ? { language: item.language } : {}),
  };
}

function baseHints(source: SourceHints): RawDocument['hints'] {
  return { ...(source.sourceName ? { source: source.sourceName } : {}), ...(source.language ? { language: source.language } : {}) };
}

function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
