// The text helpers behind cards, article bodies, search highlights and outbound links.
import { describe, expect, it } from 'vitest';
import { findHighlights } from './find-highlights.js';
import { toSafeHref } from './safe-url.js';
import { splitParagraphs } from './split-paragraphs.js';
import { summarizeText } from './summarize-text.js';

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('One\nstill one.\n\n  Two.  \n\n\nThree.')).toEqual(['One still one.', 'Two.', 'Three.']);
  });
  it('treats single newlines as paragraphs when there are no blank lines', () => {
    expect(splitParagraphs('First.\nSecond.\n')).toEqual(['First.', 'Second.']);
  });
});

describe('summarizeText', () => {
  const text = 'Title here\n\nFirst sentence is here. Second sentence follows it. Third one is long enough to be cut off.';
  it('skips a first paragraph that repeats the title and keeps whole sentences', () => {
    expect(summarizeText(text, { language: 'en', title: 'Title here', targetChars: 30 })).toBe('First sentence is here. Second sentence follows it.');
  });
  it('cuts an over-long sentence at a word with an ellipsis', () => {
    const summary = summarizeText('word '.repeat(100), { language: 'en', maxChars: 50 });
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary.endsWith('word…')).toBe(true);
  });
  it('returns an empty string for empty text', () => {
    expect(summarizeText('', { language: 'fr' })).toBe('');
  });
});

describe('findHighlights', () => {
  it('marks words case- and accent-insensitively and joins adjacent marks', () => {
    expect(findHighlights('Met in Reykjavík with Vladimir Putin.', 'reykjavik vladimir putin')).toEqual([
      { text: 'Met in ', match: false },
      { text: 'Reykjavík', match: true },
      { text: ' with ', match: false },
      { text: 'Vladimir Putin', match: true },
      { text: '.', match: false },
    ]);
  });
  it('leaves text alone when the query has no words', () => {
    expect(findHighlights('<b>x</b>', '!')).toEqual([{ text: '<b>x</b>', match: false }]);
  });
});

describe('toSafeHref', () => {
  it('keeps http(s) addresses and refuses every other scheme', () => {
    expect(toSafeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(toSafeHref('http://example.org')).toBe('http://example.org/');
    expect(toSafeHref('javascript:alert(1)')).toBeNull();
    expect(toSafeHref(' JavaScript:alert(1)')).toBeNull();
    expect(toSafeHref('data:text/html,hi')).toBeNull();
    expect(toSafeHref('not a url')).toBeNull();
    expect(toSafeHref(null)).toBeNull();
  });
});
