import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInputFiles } from './find-input-files.js';
import { readFileDocuments } from './read-file-documents.js';

let dir = '';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const options = { maxFileBytes: 64 * 1024 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bw-sources-'));
});

describe('readFileDocuments', () => {
  it('reads a text file and an HTML file as one document each', async () => {
    const txt = await readFileDocuments(file('a.txt', 'Headline\n\nBody text.'), options);
    expect(txt.documents).toEqual([{ ref: join(dir, 'a.txt'), format: 'text', body: 'Headline\n\nBody text.', hints: {} }]);
    const html = await readFileDocuments(file('b.html', '<p>Hi</p>'), options);
    expect(html.documents[0]?.format).toBe('html');
  });

  it('reads a JSON object, a JSON list and JSONL, keeping good items when some are bad', async () => {
    const one = await readFileDocuments(
      file('one.json', JSON.stringify({ title: 'T', text: 'Body', url: 'https://x.example/1', publishedAt: '2026-10-05' })),
      options,
    );
    expect(one.documents[0]).toMatchObject({ format: 'text', hints: { title: 'T', url: 'https://x.example/1', publishedAt: '2026-10-05' } });
    expect(one.documents[0]?.ref).toBe(`${join(dir, 'one.json')}#https://x.example/1`);

    const list = await readFileDocuments(file('list.json', JSON.stringify([{ html: '<p>A</p>' }, { title: 7 }])), options);
    expect(list.documents).toHaveLength(1);
    expect(list.problems[0]?.message).toMatch(/^sources: article does not match the schema: .*title.*list\.json#2\)$/);

    const lines = await readFileDocuments(file('feed.jsonl', '{"text":"a"}\n{oops\n\n{"text":"b"}\n'), options);
    expect(lines.documents.map((d) => d.body)).toEqual(['a', 'b']);
    expect(lines.problems[0]?.message).toContain('invalid JSON on line 2');
    expect(lines.problems[0]?.input).toBe(`${join(dir, 'feed.jsonl')}:2`);
  });

  it('rejects empty, oversized, broken and schema-less files with the file named', async () => {
    await expect(readFileDocuments(file('empty.txt', ''), options)).rejects.toThrow(/^sources: empty file \(.*empty\.txt\)$/);
    await expect(readFileDocuments(file('big.txt', 'x'.repeat(70 * 1024)), options)).rejects.toThrow(/over the 64\.0 KB cap/);
    await expect(readFileDocuments(file('broken.json', '{"title": '), options)).rejects.toThrow(/invalid JSON.*broken\.json/);
    await expect(readFileDocuments(file('schema.json', '{"headline": 3}'), options)).rejects.toThrow(
      /needs a non-empty "text" or "html" field.*schema\.json/,
    );
    await expect(readFileDocuments(file('blank.txt', '  \n\n '), options)).rejects.toThrow(/no text/);
  });
});

describe('findInputFiles', () => {
  it('walks folders in a stable order, skips other files, and reports bad paths', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bw-walk-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'b'));
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'b', 'z.html'), 'x');
    writeFileSync(join(root, 'a.txt'), 'x');
    writeFileSync(join(root, 'photo.png'), 'x');
    writeFileSync(join(root, '.hidden', 'c.txt'), 'x');
    const found = await findInputFiles([root, join(root, 'a.txt'), join(root, 'missing'), join(root, 'photo.png')]);
    expect(found.files).toEqual([join(root, 'a.txt'), join(root, 'b', 'z.html')]);
    expect(found.skipped).toEqual([join(root, 'photo.png')]);
    expect(found.problems.map((p) => p.message)).toEqual([
      `sources: no such file or folder (${join(root, 'missing')})`,
      expect.stringContaining('unsupported file type'),
    ]);
  });
});
