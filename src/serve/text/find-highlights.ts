// Splits a plain-text snippet into plain and matching parts, so a view can mark the searched words.

export interface TextPart {
  text: string;
  match: boolean;
}

/** Case- and accent-insensitive prefix match: "reykjavik" marks "Reykjavík", "poutine" marks "Poutine". */
export function findHighlights(snippet: string, query: string): TextPart[] {
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .map(fold)
    .filter((word) => word.length >= 2);
  if (words.length === 0 || snippet.length === 0) return [{ text: snippet, match: false }];

  const tokens = snippet
    .split(/([\p{L}\p{N}]+)/u)
    .filter((token) => token.length > 0)
    .map((text) => ({ text, match: isWord(text) && words.some((word) => fold(text).startsWith(word)) }));
  // A space between two marked words joins them, so "Vladimir Putin" becomes one mark, not two.
  tokens.forEach((token, i) => {
    if (!token.match && /^\s+$/.test(token.text) && tokens[i - 1]?.match && tokens[i + 1]?.match) token.match = true;
  });

  const parts: TextPart[] = [];
  for (const token of tokens) {
    const last = parts[parts.length - 1];
    if (last && last.match === token.match) last.text += token.text;
    else parts.push({ ...token });
  }
  return parts;
}

function isWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
