// Settings of the polite fetcher: limits, timeouts, politeness and the private-address guard.

export interface FetchSettings {
  /** Sent on every request: `Babelwire/<version> (+<contact url>)`. */
  userAgent: string;
  /** Time allowed to open the connection (DNS + TCP + TLS). */
  connectTimeoutMs: number;
  /** Time allowed for the whole exchange, redirects and body included. */
  totalTimeoutMs: number;
  /** Largest body accepted, counted after decompression (a gzip bomb stops here). */
  maxBodyBytes: number;
  maxRedirects: number;
  /** Requests in flight per host. */
  perHostConcurrency: number;
  /** Pause between two requests to the same host (robots.txt Crawl-delay may lengthen it). */
  perHostDelayMs: number;
  /**
   * Lets requests reach loopback, private, link-local and similar addresses. Off by default so that
   * a user-supplied URL cannot reach internal services; tests turn it on for their 127.0.0.1 server.
   */
  allowPrivateAddresses: boolean;
  /** `host:port` pairs allowed even though they resolve to private addresses (one intranet server, a test server). */
  allowedPrivateHosts?: readonly string[];
  /** How long a host's robots.txt is trusted before it is fetched again. */
  robotsTtlMs: number;
}

export const BABELWIRE_VERSION = '0.1.0';
export const DEFAULT_CONTACT_URL = 'https://github.com/babelwire/babelwire';

export function userAgentFor(contactUrl: string = DEFAULT_CONTACT_URL, version: string = BABELWIRE_VERSION): string {
  return `Babelwire/${version} (+${contactUrl})`;
}

export const defaultFetchSettings: FetchSettings = {
  userAgent: userAgentFor(),
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  allowPrivateAddresses: false,
  robotsTtlMs: 60 * 60 * 1000,
};
