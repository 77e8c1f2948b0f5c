// The "13a" tokenisation of mteval-v13a.pl, as sacrebleu applies it before counting BLEU n-grams.

const RULES: [RegExp, string][] = [
  // Punctuation and symbols in the ASCII ranges mteval splits off.
  [/([{-~[-` -&(-+:-@/])/g, ' $1 '],
  // Period and comma, unless preceded by a digit.
  [/([^0-9])([.,])/g, '$1 $2 '],
  // Period and comma, unless followed by a digit.
  [/([.,])([^0-9])/g, ' $1 $2'],
  // Dash preceded by a digit.
  [/([0-9])(-)/g, '$1 $2 '],
];

/** Splits a line into 13a tokens. */
export function tokenize13a(line: string): string[] {
  let text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (text.includes('&')) {
    text = text.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  text = ` ${text} `;
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text.split(/\s+/u).filter((t) => t.length > 0);
}
