// Limit and offset checks shared by every listing query.
import { InputError } from '../../domain/index.js';
import type { Page } from '../store.js';

export interface CheckedPage {
  /** null = no limit. */
  limit: number | null;
  offset: number;
}

function checkCount(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InputError('store', `${name} must be a whole number >= 0, got ${value}`, name);
  }
  return value;
}

/** Validates a page; `defaultLimit` applies when the caller gives none (null = everything). */
export function checkPage(page: Page, defaultLimit: number | null): CheckedPage {
  return {
    limit: page.limit === undefined ? defaultLimit : checkCount(page.limit, 'limit'),
    offset: page.offset === undefined ? 0 : checkCount(page.offset, 'offset'),
  };
}

/** Splits a list so no statement binds more parameters than SQLite or PostgreSQL accept. */
export function chunk<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
