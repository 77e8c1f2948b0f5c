// Cleans text for a language detector: one line, no URLs, e-mails, digits or control bytes, bounded length.

export interface PreparedText {
  /** The single line handed to the detector. */
  text: string;
  /** Letters in `text`, a CJK character counting as two (see countLetters). */
  letters: number;
  /** Share of letters among the non-space characters: low for symbols, emoji and binary noise. */
  letterShare: number;
}

/** About 2,000 characters settle the language of any article; more only costs time. */
export const defaultMaxChars = 2000;

const urlPattern = /\b(?:https?:\/\/|www\.)\S+/giu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Control and private-use characters, U+FFFD from bad decoding, BOM and soft hyphen; joiners
// (U+200C/U+200D) stay because Persian and Indic spelling uses them.
const noisePattern = /[\p{Cc}\p{Co}\p{Cs}\uFFFD\uFEFF\u00AD]/gu;
const digitPattern = /\p{N}+/gu;
const wideLetterPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function prepareText(raw: string, maxChars = defaultMaxChars): PreparedText {
  // Cut generously first so the patterns below never scan a megabyte-long input.
  const head = raw.length > maxChars * 3 ? raw.slice(0, maxChars * 3) : raw;
  // The URL and e-mail patterns are the slow ones; most texts hold neither, so they are skipped then.
  const withoutUrls = /:\/\/|www\./i.test(head) ? head.replace(urlPattern, ' ') : head;
  const withoutEmails = withoutUrls.includes('@') ? withoutUrls.replace(emailPattern, ' ') : withoutUrls;
  const cleaned = withoutEmails
    .replace(noisePattern, ' ')
    .replace(digitPattern, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const text = cutAtSpace(cleaned, maxChars);
  const letters = countLetters(text);
  const visible = text.match(/\S/gu)?.length ?? 0;
  // Combining marks count with letters: Indic and Southeast Asian scripts write vowels as marks.
  const lettersAndMarks = text.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  return { text, letters, letterShare: visible === 0 ? 0 : lettersAndMarks / visible };
}

/**
 * A Han, kana or Hangul character carries about as much as a short word, so it counts twice:
 * a ten-character Chinese headline is as telling as a twenty-letter English one.
 */
export function countLetters(text: string): number {
  return rawLetters(text) + (text.match(wideLetterPattern)?.length ?? 0);
}

function rawLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function cutAtSpace(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const space = text.lastIndexOf(' ', maxChars);
  const cut = space > maxChars / 2 ? space : maxChars;
  // Never split a surrogate pair: half an emoji or a rare Han character is a lone surrogate.
  const last = text.charCodeAt(cut - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? cut - 1 : cut;
  return text.slice(0, end).trimEnd();
}
