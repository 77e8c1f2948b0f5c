import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8, with or without BOM', () => {
    expect(decodeText(Buffer.from('Genève à l’aube', 'utf8'), 'a.txt')).toEqual({ text: 'Genève à l’aube', encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Köln', 'utf8')]);
    expect(decodeText(withBom, 'a.txt').text).toBe('Köln');
  });

  it('reads UTF-16 with a BOM and guesses it without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Les élections', 'utf16le')]);
    expect(decodeText(le, 'a.txt')).toEqual({ text: 'Les élections', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from('Die Überschwemmung in Köln', 'utf16le'), 'a.txt').text).toBe('Die Überschwemmung in Köln');
  });

  it('falls back to windows-1252 for invalid UTF-8, keeping umlauts and typographic quotes', () => {
    const bytes = Uint8Array.from([...latin1('Gr\xfc\xdfe aus M\xfcnchen '), 0x93, 0x61, 0x94]);
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: 'Grüße aus München “a”', encoding: 'windows-1252' });
  });

  it('honours a declared HTML charset', () => {
    const html = latin1('<html><head><meta charset="iso-8859-1"></head><body>Ã©t\xe9</body></html>');
    expect(decodeText(html, 'p.html').text).toContain('Ã©té');
  });

  it('refuses binary bytes, naming the file and the stage', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(() => decodeText(bytes, 'photo.txt')).toThrow('sources: binary file, not text (photo.txt)');
  });
});
