// One feed model written out as RSS 2.0, Atom or JSON Feed with feedsmith; every address absolute.
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';

export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_FORMAT_NAMES: readonly FeedFormat[] = ['rss', 'atom', 'json'];

export interface FeedItem {
  /** Absolute address of the item's page; also its stable id. */
  url: string;
  title: string;
  summary: string;
  /** ISO, or null when undated. */
  published: string | null;
  /** The outlet. */
  author: string | null;
  category?: string | null;
  /** Language of title and summary. */
  language?: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute address of the page the feed follows. */
  pageUrl: string;
  /** Absolute address of the feed without extension. */
  feedUrl: string;
  language: string;
  items: FeedItem[];
}

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export function feedContentType(format: FeedFormat): string {
  return CONTENT_TYPES[format];
}

/** Newest item time, or a fixed epoch for an empty feed (so the output is stable until something is published). */
function updatedOf(channel: FeedChannel): Date {
  const times = channel.items.flatMap((item) => (item.published ? [new Date(item.published).getTime()] : [])).filter(Number.isFinite);
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

export function renderFeed(channel: FeedChannel, format: FeedFormat): string {
  const updated = updatedOf(channel);
  const dated = (iso: string | null): Date | undefined => (iso && !Number.isNaN(new Date(iso).getTime()) ? new Date(iso) : undefined);
  if (format === 'rss') {
    return generateRssFeed({
      title: channel.title,
      link: channel.pageUrl,
      description: channel.description,
      language: channel.language,
      lastBuildDate: updated,
      items: channel.items.map((item) => ({
        title: item.title,
        link: item.url,
        guid: { value: item.url, isPermaLink: true },
        description: item.summary,
        pubDate: dated(item.published),
        categories: item.category ? [{ name: item.category }] : undefined,
        // RSS <author> must be an e-mail address; the outlet goes in dc:creator instead.
        dc: item.author ? { creators: [item.author] } : undefined,
      })),
    });
  }
  if (format === 'atom') {
    return generateAtomFeed({
      id: channel.feedUrl,
      title: { value: channel.title },
      subtitle: { value: channel.description },
      updated,
      links: [
        { href: channel.pageUrl, rel: 'alternate', type: 'text/html' },
        { href: `${channel.feedUrl}.atom`, rel: 'self', type: 'application/atom+xml' },
      ],
      entries: channel.items.map((item) => ({
        id: item.url,
        title: { value: item.title },
        summary: { value: item.summary },
        updated: dated(item.published) ?? updated,
        published: dated(item.published),
        links: [{ href: item.url, rel: 'alternate', type: 'text/html' }],
        authors: item.author ? [{ name: item.author }] : undefined,
        categories: item.category ? [{ term: item.category }] : undefined,
      })),
    });
  }
  return JSON.stringify(
    generateJsonFeed({
      title: channel.title,
      description: channel.description,
      home_page_url: channel.pageUrl,
      feed_url: `${channel.feedUrl}.json`,
      language: channel.language,
      items: channel.items.map((item) => ({
        id: item.url,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_text: item.summary,
        date_published: dated(item.published),
        authors: item.author ? [{ name: item.author }] : undefined,
        tags: item.category ? [item.category] : undefined,
        language: item.language,
      })),
    }),
  );
}
