// JSON POST for server providers (translation, embeddings): timeouts, one polite retry on a short 429, errors as UpstreamError.
import type { Stage } from '../domain/index.js';
import { UpstreamError } from '../domain/index.js';

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  /** A 429 whose Retry-After is at most this long is retried once after waiting; longer ones fail at once. */
  maxRetryDelayMs?: number;
  /** Provider name, for messages. */
  provider: string;
  /** The stage errors are reported in; `translate` unless said. */
  stage?: Stage;
}

/** POSTs a JSON body and returns the parsed JSON response, or throws UpstreamError (retryable when it may pass). */
export async function postJson(url: string, body: unknown, options: PostOptions): Promise<unknown> {
  const first = await send(url, body, options);
  if (first.status !== 429) return readResponse(first, url, options);
  const delayMs = parseRetryAfter(first.headers.get('retry-after'));
  await first.body?.cancel();
  if (delayMs === null || delayMs > (options.maxRetryDelayMs ?? 2_000)) {
    const wait = delayMs === null ? '' : `, retry after ${Math.ceil(delayMs / 1000)} s`;
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} rate limit (429)${wait}`, url, true);
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const second = await send(url, body, options);
  if (second.status === 429) {
    await second.body?.cancel();
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} rate limit (429) again after waiting`, url, true);
  }
  return readResponse(second, url, options);
}

async function send(url: string, body: unknown, options: PostOptions): Promise<Response> {
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const what = timedOut ? `timed out after ${options.timeoutMs} ms` : `unreachable: ${describeCause(error)}`;
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} ${what}`, url, true, { cause: error });
  }
}

async function readResponse(response: Response, url: string, options: PostOptions): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} response cut off: ${describeCause(error)}`, url, true, { cause: error });
  }
  if (!response.ok) {
    // Server-side trouble may pass; a refused key or a bad request will not.
    const retryable = response.status >= 500 || response.status === 408;
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} answered ${response.status}: ${summarise(text)}`, url, retryable);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UpstreamError(options.stage ?? 'translate', `${options.provider} returned invalid JSON: ${summarise(text)}`, url, true);
  }
}

/** Retry-After as milliseconds: seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+(\.\d+)?$/u.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function summarise(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine || '(empty body)';
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
