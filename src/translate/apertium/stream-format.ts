// Apertium's stream format: escaping text on the way in, superblanks for text it must not touch, decoding on the way out.

// Characters with a meaning in the stream; `*`, `#` and `@` are also unknown-word marks on the way out, so
// text holding them is sent inside a superblank instead (see `protectSpan`).
const SPECIAL = /[\\[\]^$/<>{}@*#]/gu;

/** Escapes plain text for Apertium's input stream. */
export function escapeStream(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Wraps text in a superblank: Apertium passes it through verbatim, in place. */
export function protectSpan(text: string): string {
  return `[${text.replace(/[\\[\]]/gu, (c) => `\\${c}`)}]`;
}

/** Marks Apertium puts before a word it could not analyse (`*`), translate (`@`) or generate (`#`). */
export const UNKNOWN_MARK = /[*#@]/u;

/**
 * Turns Apertium's output stream back into text: superblanks become their content, escapes are undone.
 * Unknown-word marks are kept (they are unescaped `*`, `#`, `@`); literal ones are only ever inside superblanks.
 * Returns the text with protected content replaced by placeholders, and the placeholders' values.
 */
export function decodeStream(stream: string): { text: string; protectedSpans: string[] } {
  let text = '';
  const protectedSpans: string[] = [];
  let i = 0;
  while (i < stream.length) {
    const c = stream[i] ?? '';
    if (c === '\\' && i + 1 < stream.length) {
      text += stream[i + 1];
      i += 2;
    } else if (c === '[') {
      const end = findSuperblankEnd(stream, i + 1);
      const content = unescape(stream.slice(i + 1, end));
      // Formatting (line breaks) is kept as it is; anything else was protected by us.
      if (/^\s*$/u.test(content)) text += content;
      else text += placeholder(protectedSpans.push(content) - 1);
      i = end + 1;
    } else {
      text += c;
      i++;
    }
  }
  return { text, protectedSpans };
}

/** The stand-in for protected span `index` while the text is post-processed (private-use characters). */
export function placeholder(index: number): string {
  return `\uE000${index}\uE001`;
}

/** Puts the protected spans back in place of their placeholders. */
export function restorePlaceholders(text: string, spans: readonly string[]): string {
  return text.replace(/\uE000(\d+)\uE001/gu, (_, n: string) => spans[Number(n)] ?? '');
}

function findSuperblankEnd(stream: string, from: number): number {
  for (let j = from; j < stream.length; j++) {
    if (stream[j] === '\\') j++;
    else if (stream[j] === ']') return j;
  }
  return stream.length;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/gsu, '$1');
}
