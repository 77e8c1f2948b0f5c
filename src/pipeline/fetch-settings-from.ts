// The fetcher's settings from the validated config (the fetch stage does not read config itself).
import type { Config } from '../config/index.js';
import type { FetchSettings } from '../fetch/index.js';
import { defaultFetchSettings, userAgentFor } from '../fetch/index.js';

export function fetchSettingsFrom(config: Config): FetchSettings {
  return {
    ...defaultFetchSettings,
    userAgent: userAgentFor(config.fetch.contactUrl),
    totalTimeoutMs: config.fetch.timeoutMs,
    maxBodyBytes: config.fetch.maxBodyBytes,
    perHostDelayMs: config.fetch.hostDelayMs,
    allowPrivateAddresses: config.fetch.allowPrivateAddresses,
  };
}
