// The few settings the web server needs; the config module builds them from the validated config.

export interface ServeSettings {
  /** Shown in the masthead, page titles and footer. */
  siteName: string;
  /** Language of the site's own words, dates and language names (`en`, `fr`). */
  readerLanguage: string;
  /** Stories per page on the home page, the day pages and search; the API's default `limit`. */
  pageSize: number;
}
