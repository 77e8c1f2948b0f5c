// One HTTP GET, done carefully: guarded DNS, connect and total timeouts, redirects re-checked, conditional headers, capped body.
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { UpstreamError } from '../domain/index.js';
import { blockedAddressError, createGuardedLookup, isBlockedAddress } from './check-address.js';
import type { FetchSettings } from './fetch-settings.js';
import { readBody } from './read-body.js';

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

export interface FetchedResponse {
  /** The URL asked for, and the one that answered after redirects. */
  requestedUrl: string;
  url: string;
  status: number;
  /** True on 304: the body is empty and the caller keeps what it had. */
  notModified: boolean;
  headers: IncomingHttpHeaders;
  body: Buffer;
  redirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Rejects with an UpstreamError (stage fetch, naming the URL) on any failure, including HTTP errors. */
export async function fetchUrl(req: FetchRequest, settings: FetchSettings): Promise<FetchedResponse> {
  const deadline = Date.now() + settings.totalTimeoutMs;
  let current = parseHttpUrl(req.url);
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const response = await exchange(current, req, settings, deadline);
    const location = response.headers.location;
    if (REDIRECTS.has(response.status) && location) {
      if (redirects >= settings.maxRedirects) {
        throw new UpstreamError('fetch', `too many redirects (more than ${settings.maxRedirects})`, req.url, false);
      }
      const next = parseHttpUrl(new URL(location, current).href, req.url);
      // Without cookies, coming back to a URL already visited can only go round again.
      if (seen.has(next.href)) {
        throw new UpstreamError('fetch', `redirect loop through ${next.href}`, req.url, false);
      }
      current = next;
      continue;
    }
    if (response.status === 304) return { ...response, requestedUrl: req.url, url: current.href, notModified: true, redirects };
    if (response.status >= 400) {
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
      throw new UpstreamError('fetch', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, current.href, retryable);
    }
    return { ...response, requestedUrl: req.url, url: current.href, notModified: false, redirects };
  }
}

function parseHttpUrl(raw: string, original: string = raw): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UpstreamError('fetch', 'not a valid URL', original, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UpstreamError('fetch', `only http and https URLs can be fetched, not ${url.protocol}`, original, false);
  }
  url.hash = '';
  return url;
}

interface Exchange {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function exchange(url: URL, req: FetchRequest, settings: FetchSettings, deadline: number): Promise<Exchange> {
  const href = url.href;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowPrivate = settings.allowPrivateAddresses || (settings.allowedPrivateHosts ?? []).includes(url.host);
  // An IP literal is never looked up, so the guard must look at it here.
  if (!allowPrivate && isIP(host) && isBlockedAddress(host)) return Promise.reject(blockedAddressError(href, host));
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timeout(href, settings.totalTimeoutMs));

  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: req.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;

  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: Exchange): void => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      if (error) {
        request.destroy();
        reject(error);
      } else resolve(value!);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, {
      method: 'GET',
      headers,
      ...(allowPrivate ? {} : { lookup: createGuardedLookup(href) }),
    });
    const totalTimer = setTimeout(() => finish(timeout(href, settings.totalTimeoutMs)), remaining);
    const connectTimer = setTimeout(
      () => finish(new UpstreamError('fetch', `no connection within ${settings.connectTimeoutMs} ms`, href, true)),
      Math.min(settings.connectTimeoutMs, remaining),
    );
    request.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error: NodeJS.ErrnoException) => finish(networkError(href, error)));
    request.on('response', (response: IncomingMessage) => {
      clearTimeout(connectTimer);
      const status = response.statusCode ?? 0;
      if ((REDIRECTS.has(status) && response.headers.location) || status === 304 || status >= 400) {
        // Bodies of redirects and errors are not needed; do not download them.
        response.resume();
        finish(null, { status, statusText: response.statusMessage ?? '', headers: response.headers, body: Buffer.alloc(0) });
        return;
      }
      readBody(response, href, settings.maxBodyBytes).then(
        (body) => finish(null, { status, statusText: response.statusMessage ?? '', headers: response.headers, body }),
        (error: Error) => finish(error),
      );
    });
    request.end();
  });
}

function timeout(url: string, ms: number): UpstreamError {
  return new UpstreamError('fetch', `no complete answer within ${ms} ms`, url, true);
}

function networkError(url: string, error: NodeJS.ErrnoException): Error {
  if (error instanceof UpstreamError) return error;
  if (error.code === 'EBLOCKEDADDRESS') return new UpstreamError('fetch', error.message.replace(/^fetch: /, '').replace(/ \(.*\)$/, ''), url, false);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (temporary)',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
  };
  const reason = (error.code && reasons[error.code]) ?? error.message;
  return new UpstreamError('fetch', reason, url, error.code !== 'ENOTFOUND');
}
