// Golden files for pages in legacy encodings (windows-1251, Shift_JIS, ISO-8859-1), decoded as the sources stage
// decodes files, then extracted. Regenerate with `UPDATE_GOLDEN=1` and read every changed file before accepting it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../sources/index.js';
import { extractArticle } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'encoded');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const pages = readdirSync(FIXTURES).filter((name) => name.endsWith('.html'));

function compareGolden(file: string, actual: string): void {
  if (UPDATE) writeFileSync(file, actual);
  else if (!existsSync(file)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 and review it`);
  else expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('extractArticle on pages in legacy encodings', () => {
  it('has pages in three encodings', () => {
    expect(pages).toHaveLength(3);
  });

  for (const name of pages) {
    it(name, () => {
      const bytes = readFileSync(join(FIXTURES, name));
      // Not valid UTF-8: the declared charset is what makes these readable.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      const { text, encoding } = decodeText(bytes, name);
      const article = extractArticle({ ref: name, format: 'html', body: text, hints: {} });
      const { ref: _ref, text: body, ...metadata } = article;
      const base = join(FIXTURES, name.replace(/\.html$/u, ''));
      compareGolden(`${base}.expected.json`, `${JSON.stringify({ encoding, ...metadata }, null, 2)}\n`);
      compareGolden(`${base}.expected.txt`, `${body}\n`);
    });
  }
});
