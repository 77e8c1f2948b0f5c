// The few settings the web server needs; the config module builds them from the validated config.
import type { TrendSettings } from './trends/trend-score.js';

export interface ServeSettings {
  /** Shown in the masthead, page titles and footer. */
  siteName: string;
  /** Language of the site's own words, dates and language names (`en`, `fr`). */
  readerLanguage: string;
  /** Stories per page on the home page, the day pages and search; the API's default `limit`. */
  pageSize: number;
  /** Time zone of publication times for readers who chose none (IANA name); UTC by default. */
  timeZone?: string;
  /** Weights of the front page's trend score (docs/reader-site.md); defaults in trends/trend-score.ts. */
  trend?: Partial<TrendSettings>;
  /** Public address of the site (`https://news.example`), for feeds and the sitemap; the request's origin by default. */
  baseUrl?: string;
}
