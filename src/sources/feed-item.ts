// What a feed says about itself and each item, in one shape whatever the format (RSS, RDF, Atom, JSON Feed).

export interface FeedItem {
  /** Stable identity within the source: guid/id, else the link, else a hash of title and text. */
  key: string;
  title: string | null;
  /** Absolute URL of the article, when the item has one. */
  link: string | null;
  /** As given by the feed (RFC 822, ISO 8601 or worse); extraction normalises it. */
  publishedAt: string | null;
  author: string | null;
  /** Full HTML content (content:encoded, Atom content, content_html), when the feed carries it. */
  contentHtml: string | null;
  /** The short description or summary. */
  summary: string | null;
  language: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  title: string | null;
  /** Home page of the site. */
  link: string | null;
  language: string | null;
  /** RSS <ttl> (or sy:updatePeriod) in minutes, when the feed asks for one. */
  ttlMinutes: number | null;
  items: FeedItem[];
  /** True when the text was malformed and had to be repaired before parsing. */
  recovered: boolean;
}
