// Golden-file tests: each fixture page or text against its expected metadata and clean text.
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run src/extract`, then read every changed file before accepting it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDocument, RawDocumentHints } from '../domain/index.js';
import { extractArticle } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Fixed "now" so that relative dates, if any, give the same result on every run. */
const NOW = new Date('2024-11-01T12:00:00Z');

const inputs = readdirSync(FIXTURES).filter((name) => /^[^.]+\.(?:html|txt)$/u.test(name));

function loadDocument(name: string): RawDocument {
  const base = name.replace(/\.(?:html|txt)$/u, '');
  const hintsFile = join(FIXTURES, `${base}.hints.json`);
  const hints = existsSync(hintsFile) ? (JSON.parse(readFileSync(hintsFile, 'utf8')) as RawDocumentHints) : {};
  return {
    ref: `__fixtures__/${name}`,
    format: name.endsWith('.html') ? 'html' : 'text',
    body: readFileSync(join(FIXTURES, name), 'utf8'),
    hints,
  };
}

function compareGolden(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('extractArticle golden files', () => {
  it('has fixtures in several languages and both formats', () => {
    expect(inputs.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(inputs.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(4);
  });

  for (const name of inputs) {
    it(name, () => {
      const base = join(FIXTURES, name.replace(/\.(?:html|txt)$/u, ''));
      const article = extractArticle(loadDocument(name), { now: NOW });
      const metadata = {
        title: article.title,
        lead: article.lead,
        url: article.url,
        sourceName: article.sourceName,
        credits: article.credits,
        author: article.author,
        section: article.section,
        imageUrl: article.imageUrl,
        publishedAt: article.publishedAt,
        publishedAtOrigin: article.publishedAtOrigin,
        languageHint: article.languageHint,
      };
      compareGolden(`${base}.expected.json`, `${JSON.stringify(metadata, null, 2)}\n`);
      compareGolden(`${base}.expected.txt`, `${article.text}\n`);
    });
  }
});
