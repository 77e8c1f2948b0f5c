// Tests of extractArticle's rules across formats: priorities of hints and metadata, errors, pathological input.
import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/index.js';
import type { RawDocument } from '../domain/index.js';
import { extractArticle } from './index.js';

const BODY = '<p>The ferry crews called off their strike after the operator agreed to hire two more deck hands on every crossing.</p>';

function html(body: string, hints: RawDocument['hints'] = {}): RawDocument {
  return { ref: 'test/page.html', format: 'html', body, hints };
}

describe('extractArticle', () => {
  it('throws an InputError naming the input when no text is left', () => {
    const doc: RawDocument = { ref: 'examples/demo/x.txt', format: 'text', body: 'Read also: something\n\nComments\n\n12\n', hints: {} };
    expect(() => extractArticle(doc)).toThrow(InputError);
    expect(() => extractArticle(doc)).toThrow('extract: no article text found (examples/demo/x.txt)');
    expect(() => extractArticle(html('<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>'))).toThrow(InputError);
  });

  it('reads a bare HTML fragment, as JSON feeds carry it, paragraph by paragraph', () => {
    const fragment = `${BODY}<p>Services resume on Monday morning, the company said.</p>`;
    const article = extractArticle(html(fragment, { title: 'Ferry strike ends' }));
    expect(article.title).toBe('Ferry strike ends');
    expect(article.text).toBe(
      'The ferry crews called off their strike after the operator agreed to hire two more deck hands on every crossing.\n\nServices resume on Monday morning, the company said.',
    );
  });

  it('prefers the input hints over the page metadata', () => {
    const page = `<html lang="fr"><head><link rel="canonical" href="https://a.example/canonical">
      <meta property="og:site_name" content="Site A"><meta property="article:published_time" content="2024-01-02T10:00:00Z">
      </head><body><article>${BODY}</article></body></html>`;
    const article = extractArticle(html(page, { url: 'https://b.example/hint', source: 'Hinted', publishedAt: '2024-02-03', language: 'en', title: 'Hinted title' }));
    expect(article).toMatchObject({
      title: 'Hinted title',
      url: 'https://b.example/hint',
      sourceName: 'Hinted',
      publishedAt: '2024-02-03T00:00:00.000Z',
      publishedAtOrigin: 'input',
      languageHint: 'en',
    });
    const bare = extractArticle(html(page));
    expect(bare).toMatchObject({ url: 'https://a.example/canonical', sourceName: 'Site A', publishedAtOrigin: 'meta', languageHint: 'fr' });
  });

  it('falls through an unusable hint date to the page metadata', () => {
    const page = `<html><head><meta property="article:published_time" content="2024-01-02T10:00:00Z"></head><body>${BODY}</body></html>`;
    expect(extractArticle(html(page, { publishedAt: 'soon' }))).toMatchObject({ publishedAt: '2024-01-02T10:00:00.000Z', publishedAtOrigin: 'meta' });
  });

  it('never invents a date', () => {
    const article = extractArticle(html(`<html><body>${BODY}<p>The next meeting is on 14 May.</p></body></html>`));
    expect(article).toMatchObject({ publishedAt: null, publishedAtOrigin: 'none' });
  });

  it('uses the <time datetime> of the article when meta tags are missing', () => {
    const page = `<html><body><article><time datetime="2023-06-01T08:00:00+02:00">1 June</time>${BODY}</article></body></html>`;
    expect(extractArticle(html(page))).toMatchObject({ publishedAt: '2023-06-01T06:00:00.000Z', publishedAtOrigin: 'meta' });
  });

  it('strips the site suffix of a bare <title> and never leaks scripts or styles', () => {
    const page = `<html><head><title>Ferry strike called off | Island Post</title><style>.x{color:red}</style></head>
      <body><script>var secret = "do not show";</script>${BODY}<noscript>Enable JavaScript</noscript></body></html>`;
    const article = extractArticle(html(page));
    expect(article.title).toBe('Ferry strike called off');
    expect(article.text).not.toMatch(/secret|color:red|Enable JavaScript/u);
    expect(article.text).toContain('The ferry crews called off their strike');
  });

  it('uses the text hint title and removes its copy from a text body', () => {
    const doc: RawDocument = { ref: 'a.txt', format: 'text', body: 'Ferry strike called off\n\nThe crews went back to work.\n', hints: { title: 'Ferry strike called off' } };
    expect(extractArticle(doc)).toMatchObject({ title: 'Ferry strike called off', text: 'The crews went back to work.', publishedAtOrigin: 'none' });
  });

  it('does not throw or hang on malformed and deeply nested markup', () => {
    const malformed = extractArticle(html('<html><body><p>Unclosed <b>bold <div></p></span>text &amp; more <script>alert(1)'));
    expect(malformed.text).toContain('Unclosed bold');
    expect(malformed.text).not.toContain('alert');
    const nested = `<html><body>${'<div>'.repeat(3000)}Deep text that is still an article${'</div>'.repeat(3000)}</body></html>`;
    expect(extractArticle(html(nested)).text).toBe('Deep text that is still an article');
  });

  it('reads only the first 2 MB of a huge page', () => {
    const page = `<html><body><article>${BODY}</article><!--${'x'.repeat(2_100_000)}--><p>AFTER THE CAP</p></body></html>`;
    const article = extractArticle(html(page));
    expect(article.text).toContain('The ferry crews called off');
    expect(article.text).not.toContain('AFTER THE CAP');
  });
});
