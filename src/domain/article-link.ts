// Where an article was seen (each feed or page URL that led to it) and its text fingerprint for near-duplicates.

export interface ArticleLink {
  articleId: string;
  /** The URL as it was seen, tracking parameters and all. */
  url: string;
  /** Its canonical form (see normaliseArticleUrl): the same for tracking, AMP and mobile variants. */
  urlKey: string;
  sourceName: string | null;
  /** ISO time when this link was first seen. */
  seenAt: string;
}

export interface ArticleFingerprint {
  articleId: string;
  /** 64-bit SimHash of the text's word shingles, 16 hex digits. */
  fingerprint: string;
  /** Outlet host without edition prefixes, when the article has a URL. */
  host: string | null;
  sourceName: string | null;
  /**
   * The earlier article of another outlet whose text this one nearly copies (an agency dispatch republished), or
   * null when it is no one's copy.
   */
  nearCopyOf: string | null;
}
