// The project's error classes: a stable code each, mapped to HTTP statuses and exit codes in two places only.

/** Pipeline stage (or layer) an error comes from; every message starts with it. */
export type Stage =
  | 'sources'
  | 'fetch'
  | 'extract'
  | 'language'
  | 'enrich'
  | 'translate'
  | 'embed'
  | 'cluster'
  | 'rank'
  | 'store'
  | 'pipeline'
  | 'serve'
  | 'cli'
  | 'config';

export type ErrorCode = 'input' | 'not_found' | 'upstream' | 'internal';

/** Base class: `message` is always `<stage>: <what> (<input>)`. */
export abstract class BabelwireError extends Error {
  abstract readonly code: ErrorCode;
  readonly stage: Stage;
  /** The file, URL or id the error is about, when there is one. */
  readonly input: string | null;

  constructor(stage: Stage, message: string, input: string | null = null, options?: ErrorOptions) {
    super(`${stage}: ${message}${input ? ` (${input})` : ''}`, options);
    this.stage = stage;
    this.input = input;
    this.name = new.target.name;
  }
}

/** Bad input from the user: HTTP 400, exit code 2. */
export class InputError extends BabelwireError {
  readonly code = 'input' as const;
}

/** Something asked for does not exist: HTTP 404. */
export class NotFoundError extends BabelwireError {
  readonly code = 'not_found' as const;
}

/** A service or engine we depend on failed; `retryable` says whether trying later may help. */
export class UpstreamError extends BabelwireError {
  readonly code = 'upstream' as const;
  readonly retryable: boolean;

  constructor(stage: Stage, message: string, input: string | null, retryable: boolean, options?: ErrorOptions) {
    super(stage, message, input, options);
    this.retryable = retryable;
  }
}

/** A bug: HTTP 500. */
export class InternalError extends BabelwireError {
  readonly code = 'internal' as const;
}

/** Turns anything thrown into a one-line message, keeping our messages as they are. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
