// Polite HTTP: conditional GET, redirects, size caps, charsets, per-host limits, robots.txt and the private-address guard.
export { createFetcher, maxAgeOf } from './create-fetcher.js';
export type { Fetcher, FetchOptions, FetchResult } from './create-fetcher.js';
export { fetchUrl } from './fetch-url.js';
export type { FetchRequest, FetchedResponse } from './fetch-url.js';
export { defaultFetchSettings, userAgentFor, BABELWIRE_VERSION, DEFAULT_CONTACT_URL } from './fetch-settings.js';
export type { FetchSettings } from './fetch-settings.js';
export { isBlockedAddress } from './check-address.js';
export { createHostLimiter } from './host-limiter.js';
export type { HostLimiter } from './host-limiter.js';
export { allowAllRobots, parseRobots, robotsUrlFor } from './robots-rules.js';
export type { RobotsRules } from './robots-rules.js';
