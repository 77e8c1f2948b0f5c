// The error mapping: every error class to its status, JSON for the API, a page elsewhere, internals hidden.
import { describe, expect, it } from 'vitest';
import { InputError, InternalError, NotFoundError, UpstreamError } from '../domain/index.js';
import type { Store } from '../store/store.js';
import { classifyError } from './handle-error.js';
import { createApp, type ServeApp } from './create-app.js';

describe('classifyError', () => {
  it('maps each error class to its status and code', () => {
    expect(classifyError(new InputError('serve', 'bad'))).toMatchObject({ status: 400, code: 'input', message: 'serve: bad' });
    expect(classifyError(new NotFoundError('serve', 'gone', 'x'))).toMatchObject({ status: 404, code: 'not_found' });
    expect(classifyError(new UpstreamError('store', 'busy', null, true))).toMatchObject({ status: 503, code: 'upstream' });
    expect(classifyError(new UpstreamError('store', 'broken', null, false))).toMatchObject({ status: 502, code: 'upstream' });
    expect(classifyError(new InternalError('store', 'bug'))).toMatchObject({ status: 500, code: 'internal' });
    expect(classifyError(new TypeError('secret detail'))).toEqual({ status: 500, code: 'internal', message: 'serve: internal error' });
  });
});

describe('the app error handler', () => {
  /** A store whose every read throws `error`, to drive the handler through real routes. */
  function failingApp(error: Error): { app: ServeApp; logged: string[] } {
    const fail = (): Promise<never> => Promise.reject(error);
    const store = new Proxy({} as Store, { get: () => fail });
    const logged: string[] = [];
    const app = createApp({ store, settings: { siteName: 'Test', readerLanguage: 'en', pageSize: 5 }, logError: (m) => logged.push(m) });
    return { app, logged };
  }

  it('answers API requests with JSON errors', async () => {
    const { app } = failingApp(new UpstreamError('store', 'database is locked', 'db.sqlite', true));
    const res = await app.request('/api/days');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'upstream', message: 'store: database is locked (db.sqlite)' } });
  });

  it('shows an error page for pages, without internal details, and logs the failure', async () => {
    const { app, logged } = failingApp(new Error('SQLITE_CORRUPT at /secret/path'));
    const res = await app.request('/days');
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('Something went wrong');
    expect(html).not.toContain('/secret/path');
    expect(logged).toEqual(['GET /days: SQLITE_CORRUPT at /secret/path']);
  });

  it('does not log client errors', async () => {
    const { app, logged } = failingApp(new NotFoundError('store', 'nothing'));
    expect((await app.request('/stories/x')).status).toBe(404);
    expect(logged).toEqual([]);
  });
});
