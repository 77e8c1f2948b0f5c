// Whitespace clean-up shared by every extraction step, so patterns and comparisons see one kind of space.

/** Every space-like character (no-break, narrow, ideographic, tabs) that should read as a plain space. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Invisible characters that break word matching but carry no text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** One line with its spaces unified and collapsed and its ends trimmed. */
export function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Splits text into lines whatever its line endings, each normalised. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(normaliseLine);
}

/** Joins paragraphs with one blank line between them, dropping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p.length > 0).join('\n\n');
}

/** A comparison key for "the same line": lower case, letters and digits only. */
export function compareKey(line: string): string {
  return line.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}
