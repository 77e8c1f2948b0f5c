// The one place errors become responses: error class -> HTTP status, JSON under /api, a page elsewhere.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { BabelwireError, type ErrorCode, UpstreamError } from '../domain/index.js';
import type { ErrorResponse } from './api/api-schemas.js';
import type { Ui } from './i18n/index.js';
import { ErrorPage } from './views/error-page.js';
import { renderPage } from './views/render-page.js';

export interface ErrorOutcome {
  status: ContentfulStatusCode;
  code: ErrorCode;
  /** Safe to show: our own messages name the input; anything else is hidden behind a generic text. */
  message: string;
}

/** InputError 400, NotFoundError 404, UpstreamError 503 when retrying may help else 502, anything else 500. */
export function classifyError(error: unknown): ErrorOutcome {
  if (error instanceof BabelwireError) {
    switch (error.code) {
      case 'input':
        return { status: 400, code: 'input', message: error.message };
      case 'not_found':
        return { status: 404, code: 'not_found', message: error.message };
      case 'upstream':
        return { status: error instanceof UpstreamError && error.retryable ? 503 : 502, code: 'upstream', message: error.message };
      default:
        return { status: 500, code: 'internal', message: 'serve: internal error' };
    }
  }
  // Hono's own exceptions (malformed requests) keep their 4xx status.
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    return { status: error.status, code: 'input', message: `serve: ${error.message || 'bad request'}` };
  }
  return { status: 500, code: 'internal', message: 'serve: internal error' };
}

export function isApiRequest(c: Context): boolean {
  return c.req.path === '/api' || c.req.path.startsWith('/api/');
}

/** Sends an error as JSON to API clients and as a page to readers. */
export async function respondWithError(c: Context, ui: Ui, outcome: ErrorOutcome): Promise<Response> {
  if (isApiRequest(c)) {
    const body: ErrorResponse = { error: { code: outcome.code, message: outcome.message } };
    return c.json(body, outcome.status);
  }
  const { msg } = ui;
  const page =
    outcome.status === 404 ? (
      <ErrorPage ui={ui} status={404} title={msg.notFoundTitle} text={msg.notFoundText} />
    ) : outcome.status === 400 ? (
      <ErrorPage ui={ui} status={400} title={msg.badRequestTitle} text={msg.errorText} detail={outcome.message} />
    ) : outcome.code === 'upstream' ? (
      <ErrorPage ui={ui} status={outcome.status} title={msg.upstreamTitle} text={msg.errorText} />
    ) : (
      <ErrorPage ui={ui} status={outcome.status} title={msg.errorTitle} text={msg.errorText} />
    );
  return renderPage(c, page, outcome.status);
}
