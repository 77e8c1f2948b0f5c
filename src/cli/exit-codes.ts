// The one place where errors become exit codes and messages for the terminal.
import { BabelwireError, UpstreamError } from '../domain/index.js';

export const exitCodes = {
  ok: 0,
  /** The command ran but some inputs failed (the summary lists them). */
  partial: 1,
  /** Bad usage or bad input: fix the command or the file. */
  input: 2,
  notFound: 3,
  upstream: 4,
  internal: 70,
} as const;

/** Prints an error the way a user needs it and returns the exit code it maps to. */
export function reportError(error: unknown, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): number {
  if (error instanceof BabelwireError) {
    write(`babelwire: ${error.message}`);
    switch (error.code) {
      case 'input':
        return exitCodes.input;
      case 'not_found':
        return exitCodes.notFound;
      case 'upstream':
        if (error instanceof UpstreamError && error.retryable) write('babelwire: this may work if you try again later');
        return exitCodes.upstream;
      default:
        return exitCodes.internal;
    }
  }
  write(`babelwire: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return exitCodes.internal;
}
