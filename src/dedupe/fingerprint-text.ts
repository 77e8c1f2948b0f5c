// A 64-bit SimHash of a text's word shingles: near-identical texts (a fixed typo, an added byline) get fingerprints a
// few bits apart, whatever the language. Scripts written without spaces are shingled by character.
import { createHash } from 'node:crypto';

/** Words per shingle: three keep word order without making one changed word spoil many shingles. */
const SHINGLE_WORDS = 3;
/** Below this many tokens a fingerprint says little (a teaser, a caption): no fingerprint. */
export const MIN_FINGERPRINT_TOKENS = 30;
/**
 * Eight 8-bit bands: fingerprints within 7 bits of each other share at least one band exactly (pigeonhole), so a
 * store finds every near fingerprint by equality on indexed bands.
 */
export const FINGERPRINT_BANDS = 8;

/** Han, kana, Thai, Lao, Khmer, Myanmar: no spaces between words, so each character is a token. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function tokenizeForFingerprint(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    if (UNSPACED.test(word)) tokens.push(...Array.from(word));
    else tokens.push(word);
  }
  return tokens;
}

/** Two 32-bit halves of a shingle's hash (plain numbers: BigInt per bit would be slow on long texts). */
function hashShingle(value: string): [number, number] {
  const digest = createHash('md5').update(value).digest();
  return [digest.readUInt32BE(0), digest.readUInt32BE(4)];
}

/** 16 hex digits, or null when the text is too short to fingerprint. */
export function fingerprintText(text: string): string | null {
  const tokens = tokenizeForFingerprint(text);
  if (tokens.length < MIN_FINGERPRINT_TOKENS) return null;
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i += 1) {
    const [high, low] = hashShingle(tokens.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let bit = 0; bit < 32; bit += 1) {
      weights[bit] = (weights[bit] ?? 0) + ((high >>> (31 - bit)) & 1 ? 1 : -1);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((low >>> (31 - bit)) & 1 ? 1 : -1);
    }
  }
  // Bit 0 is the most significant, so the hex digits read left to right in bit order.
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble += 1) {
    let value = 0;
    for (let bit = 0; bit < 4; bit += 1) value = (value << 1) | ((weights[nibble * 4 + bit] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two fingerprints. */
export function compareFingerprints(a: string, b: string): number {
  let bits = 0;
  for (let i = 0; i < 16; i += 1) {
    let diff = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (diff > 0) {
      bits += diff & 1;
      diff >>= 1;
    }
  }
  return bits;
}

/** The fingerprint's bands (2 hex digits each, prefixed with their position), the keys a store indexes. */
export function splitFingerprint(fingerprint: string): string[] {
  return Array.from({ length: FINGERPRINT_BANDS }, (_, i) => `${i}${fingerprint.slice(i * 2, i * 2 + 2)}`);
}
