// Listens on a host and port (Hono through @hono/node-server, cached pages answered directly) and reports the URL once the socket is bound.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { writeCachedPage } from './cache/page-cache.js';
import { pageCacheOf } from './create-app.js';
import type { Hono } from 'hono';
import { InputError, UpstreamError } from '../domain/index.js';

export interface StartServerOptions {
  host: string;
  /** 0 picks any free port (tests). */
  port: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Any app with Hono's fetch (the reader's per-request variables do not matter here). */
export function startServer(app: Pick<Hono, 'fetch'>, options: StartServerOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const listener = getRequestListener(app.fetch);
    const cache = pageCacheOf(app);
    // A cached page is written straight to the socket: no Request/Response objects, no middleware.
    const server = createServer((req, res) => {
      const hit = cache && req.method === 'GET' ? cache.lookup(req.headers.host ?? '', req.url ?? '/', req.headers.cookie ?? '') : undefined;
      if (!hit) {
        void listener(req, res);
        return;
      }
      writeCachedPage(hit, req.headers, res);
    });
    server.listen(options.port, options.host);
    const onError = (error: NodeJS.ErrnoException): void => {
      const where = `${options.host}:${options.port}`;
      // A busy or forbidden port is the user's setting to change; anything else is the system's fault.
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') {
        reject(new InputError('serve', `cannot listen (${error.code}): choose another host or port`, where, { cause: error }));
      } else {
        reject(new UpstreamError('serve', `cannot listen: ${error.code ?? error.message}`, where, false, { cause: error }));
      }
    };
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${formatHost(options.host)}:${address.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            // Keep-alive connections from browsers would hold the server open forever otherwise.
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

/** IPv6 literals need brackets in a URL; a wildcard address is shown as the loopback one users can open. */
function formatHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
