import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { openStore } from '../store/index.js';
import { articleIdFor, buildArticle, contentHashOf } from './build-article.js';

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

describe('article lead', () => {
  it('keeps the extracted lead (standfirst) apart from the text through the store', async () => {
    const file = join(import.meta.dirname, '..', 'extract', '__fixtures__', 'es-entradilla-lead.html');
    const extracted = extractArticle({ ref: 'es-entradilla-lead.html', format: 'html', body: readFileSync(file, 'utf8'), hints: {} });
    expect(extracted.lead).toMatch(/^El tráfico creció un 8 %/u);
    const article = buildArticle(extracted, { language: 'es', confidence: 1, method: 'hint' }, { entities: [], dates: [], terms: [] }, '2025-07-14T08:00:00.000Z');
    const store = await openStore({ database: ':memory:' });
    try {
      await store.insertArticle(article);
      const stored = await store.getArticle(article.id);
      expect(stored?.lead).toBe(extracted.lead);
      expect(stored?.text).toBe(extracted.text);
      expect(stored?.text).not.toContain('El tráfico creció');
    } finally {
      await store.close();
    }
  });
});
