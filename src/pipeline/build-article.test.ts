import { describe, expect, it } from 'vitest';
import { articleIdFor, contentHashOf } from './build-article.js';

describe('article identity', () => {
  it('gives the same id to the same URL spelled with a different host case or fragment', () => {
    const hash = contentHashOf('t', 'x');
    expect(articleIdFor('https://Example.org/news/1#top', hash)).toBe(articleIdFor('https://example.org/news/1', hash));
    expect(articleIdFor('https://example.org/news/1', hash)).not.toBe(articleIdFor('https://example.org/news/2', hash));
  });

  it('falls back to the content when there is no URL', () => {
    const a = contentHashOf('Floods in Köln', 'The Rhine rose.\n\nTwo bridges closed.');
    const b = contentHashOf('floods in köln', 'The Rhine rose. Two   bridges closed!');
    expect(a).toBe(b);
    expect(articleIdFor(null, a)).toMatch(/^a_[0-9a-f]{16}$/);
    expect(contentHashOf('Floods in Köln', 'The Rhine fell.')).not.toBe(a);
  });
});
