// Names a pivot changed: the source's own spelling put back, and pivot-language names re-translated on a shorter path.

// A capitalised word in mid-sentence (after a word, a number or a comma), the only place where a capital says "name".
const MID_SENTENCE_CAPITALISED = /(?<=[\p{L}\p{N},;)] )\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*(?![\p{L}\p{N}])/gu;
const SOURCE_WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** Lower case without accents: "Vladímir" and "Vladimir" fold to the same key. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function sourceWords(source: string): Set<string> {
  return new Set(source.match(SOURCE_WORD) ?? []);
}

// A capitalised word behind unknown-word marks in Apertium's output ("*Ginebra").
const MARKED_CAPITALISED = /(?<![\p{L}\p{N}\\])[*#@]+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*)(?![\p{L}\p{N}])/gu;

/**
 * Capitalised words that the last pair of a path did not know (marked in its raw output) and that do not occur
 * in `source`: names a pivot language put in its own form ("Genève" -> Catalan "Ginebra", unknown to spa-eng).
 */
export function findChangedNames(rawOutput: string, source: string): string[] {
  const inSource = sourceWords(source);
  const found = new Set<string>();
  for (const match of rawOutput.matchAll(MARKED_CAPITALISED)) {
    const word = match[1] ?? '';
    if (!word.split('-').some((part) => inSource.has(part))) found.add(word);
  }
  return [...found];
}

/**
 * Puts the source's spelling back on mid-sentence capitalised words that carry accents the source word does
 * not ("Vladímir" from the Catalan pivot, where the French source had "Vladimir"; "Federation" stays even if
 * the source said "Fédération"), and replaces the words found in `renamed` (a pivot-language name and its
 * translation on a shorter path).
 */
export function restoreNames(text: string, source: string, renamed: ReadonlyMap<string, string> = new Map()): string {
  const inSource = sourceWords(source);
  const bySpelling = new Map<string, string>();
  for (const word of inSource) {
    if (/^\p{Lu}/u.test(word)) bySpelling.set(foldWord(word), word);
  }
  const accented = (word: string): boolean => /\p{M}/u.test(word.normalize('NFD'));
  let out = text.replace(MID_SENTENCE_CAPITALISED, (word: string) => {
    if (inSource.has(word) || !accented(word)) return word;
    const original = bySpelling.get(foldWord(word));
    return original !== undefined && !accented(original) ? original : word;
  });
  for (const [word, translated] of renamed) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), translated);
  }
  return out;
}
