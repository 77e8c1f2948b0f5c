// A source the desk follows (a feed, a sitemap or a page to watch) and its health.

export type SourceKind = 'feed' | 'sitemap' | 'page';

export interface NewSource {
  url: string;
  kind: SourceKind;
  name: string | null;
  /** Language hint for its articles (BCP 47), when the user or the source gave one. */
  language: string | null;
  section: string | null;
  /** Minutes between fetches when the source asks for nothing longer (ttl, Cache-Control). */
  intervalMinutes: number;
}

export interface Source extends NewSource {
  /** Stable id derived from the URL: `src-` + 12 hex digits. */
  id: string;
  addedAt: string;
  /** Validators for the next conditional GET. */
  etag: string | null;
  lastModified: string | null;
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  /** Message of the last failure, cleared by a success. */
  lastError: string | null;
  consecutiveFailures: number;
  /** When the scheduler fetches it next (UTC ISO). */
  nextDueAt: string;
  /** Articles stored from this source since it was added. */
  articleCount: number;
  /** articleCount over the days since the source was added (at least one day). */
  articlesPerDay: number;
}

/** What one fetch of a source did, for its health. */
export interface SourceFetchOutcome {
  at: string;
  /** Null on success. */
  error: string | null;
  /** Validators to keep; undefined leaves the stored ones unchanged. */
  etag?: string | null;
  lastModified?: string | null;
  nextDueAt: string;
  newArticles: number;
}
