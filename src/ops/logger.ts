// Structured logs for long-running processes (serve, worker): pino JSON lines on stderr; the CLI keeps human output.
import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** The process role, on every line: `serve`, `worker`. */
  service: string;
  /** Default `info`; BABELWIRE_LOG_LEVEL sets it. */
  level?: string;
  /** Where lines go; stderr (fd 2) by default. */
  destination?: NodeJS.WritableStream | number;
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? 2;
  return pino(
    { level: options.level ?? 'info', base: { service: options.service, pid: process.pid } },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: true }) : destination,
  );
}
