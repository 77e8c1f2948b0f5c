// Turns a file's bytes into text: BOMs, UTF-16 without BOM, declared HTML/XML charsets, then UTF-8, else windows-1252.
import { TextDecoder } from 'node:util';
import { InputError } from '../domain/index.js';

export interface DecodedText {
  text: string;
  /** The encoding actually used, as a WHATWG label. */
  encoding: string;
}

/**
 * Decodes `bytes` read from `ref`. Throws an InputError when the bytes look binary (NULs or many
 * control characters once any UTF-16 has been recognised), since no encoding makes them text.
 */
export function decodeText(bytes: Uint8Array, ref: string, declared: string | null = null): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw new InputError('sources', 'binary file, not text', ref);

  const label = declared ?? sniffDeclaredCharset(bytes);
  if (label && !/^utf-?8$/i.test(label)) {
    if (/^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(label)) {
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
    const decoder = tryDecoder(label);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the usual culprit is a Western European legacy encoding.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Node's TextDecoder treats windows-1252 as ISO-8859-1, losing curly quotes and the euro sign; map 0x80-0x9f ourselves. */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? cp1252High.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

function detectBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** ASCII-heavy UTF-16 without a BOM shows NULs in every other byte. */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** `<meta charset>`, `<meta http-equiv content="...charset=">` or `<?xml encoding=?>` in the first 2 KB. */
function sniffDeclaredCharset(b: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
