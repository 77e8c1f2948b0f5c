// Story ids: derived from the founding article, so re-clustering the same input gives the same ids.
import { createHash } from 'node:crypto';
import type { Article } from '../domain/index.js';

/** `s_` + the first 10 hex digits of the SHA-1 of the founding article's id: short and URL-safe. */
export function newStoryId(article: Pick<Article, 'id'>): string {
  return `s_${createHash('sha1').update(article.id).digest('hex').slice(0, 10)}`;
}
