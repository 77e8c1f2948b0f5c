// The validated configuration object and its loader.
export { loadConfig } from './config.js';
export type { Config, ConfigFlags } from './config.js';
