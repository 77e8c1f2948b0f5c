// Tests of HTML-to-text conversion: paragraphs, line breaks, entities, whitespace, dropped scripts and media.
import { describe, expect, it } from 'vitest';
import { convertHtmlToText } from './html-to-text.js';
import { readHtmlArticle } from './read-html-article.js';

describe('convertHtmlToText', () => {
  it('turns blocks into paragraphs and <br> into newlines, decoding entities and collapsing spaces', () => {
    const html = '<h2>Title &amp; more</h2><p>Hello   <b>world</b>&nbsp;!<br>line&#160;two</p><ul><li>first</li><li>été</li></ul>tail';
    expect(convertHtmlToText(html)).toBe('Title & more\n\nHello world !\nline two\n\nfirst\n\nété\n\ntail');
  });

  it('drops scripts, styles, forms and images with their content', () => {
    const html = '<p>Kept</p><script>var x = "leak";</script><style>p { color: red }</style><form><button>Send</button></form><img alt="photo alt">';
    expect(convertHtmlToText(html)).toBe('Kept');
  });

  it('keeps inline text flowing inside one paragraph', () => {
    expect(convertHtmlToText('<p>A <a href="/x">link</a>, an <em>emphasis</em> and <span>a span</span>.</p>')).toBe('A link, an emphasis and a span.');
  });
});

describe('readHtmlArticle', () => {
  it('falls back to the <article> element, not the whole body, when Readability cannot run', () => {
    const deep = `${'<div>'.repeat(500)}The article text, deep inside.${'</div>'.repeat(500)}`;
    const page = `<html><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article>${deep}</article><footer>Footer links</footer></body></html>`;
    const article = readHtmlArticle(page);
    expect(article.text).toBe('The article text, deep inside.');
  });
});
