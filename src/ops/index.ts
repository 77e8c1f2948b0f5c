// Operations: metrics and structured logs for the long-running processes.
export { createMetrics } from './metrics.js';
export type { MetricSources, Metrics } from './metrics.js';
export { createLogger } from './logger.js';
export type { Logger, LoggerOptions } from './logger.js';
