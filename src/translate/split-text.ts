// Splits text into paragraphs and paragraphs into sentence-bounded chunks of bounded size.

/** Paragraphs: blocks separated by blank lines; single line breaks inside a block become spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter((p) => p.length > 0);
}

// A sentence ends at . ! ? … (and closing quotes or brackets) followed by a space and an upper-case letter,
// a digit or an opening quote; abbreviations of one or two letters ("M.", "Dr.") are not ends.
const SENTENCE_END = /(?<!(?:^|[\s(])[\p{Lu}\p{Ll}]{1,2})([.!?…]+["'»”’)\]]*)\s+(?=[\p{Lu}\p{N}"'«“¿¡(])/gu;

/** Sentences of a paragraph. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(SENTENCE_END, '$1\n')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Groups sentences into chunks of at most `maxChars` (a longer sentence is cut at spaces). */
export function chunkParagraph(paragraph: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of splitSentences(paragraph).flatMap((s) => cutLong(s, maxChars))) {
    if (current && current.length + 1 + sentence.length > maxChars) {
      chunks.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function cutLong(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const cut = rest.lastIndexOf(' ', maxChars);
    const at = cut > maxChars / 2 ? cut : maxChars;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}
