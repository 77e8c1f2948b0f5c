// startServer: binds a free port, serves the app over real HTTP, closes cleanly, and names a busy port.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/index.js';
import { startServer } from './start-server.js';

function helloApp(): Hono {
  const app = new Hono();
  app.get('/', (c) => c.text('hello'));
  return app;
}

describe('startServer', () => {
  it('listens on a free port when given 0 and stops on close()', async () => {
    const server = await startServer(helloApp(), { host: '127.0.0.1', port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url);
    expect(await res.text()).toBe('hello');
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('reports a port already in use as an InputError naming the address', async () => {
    const first = await startServer(helloApp(), { host: '127.0.0.1', port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      const attempt = startServer(helloApp(), { host: '127.0.0.1', port });
      await expect(attempt).rejects.toBeInstanceOf(InputError);
      await expect(attempt).rejects.toThrow(`serve: cannot listen (EADDRINUSE): choose another host or port (127.0.0.1:${port})`);
    } finally {
      await first.close();
    }
  });
});
