// The text an article is embedded from: its English pivot text cut to the title and first words, so the cost is bounded.

/**
 * The first `maxWords` words of the pivot text (whose first line is the title), on one line.
 * Encoders read a few hundred tokens at most, and the lead carries the event.
 */
export function denseText(pivotText: string, maxWords: number): string {
  if (!(maxWords >= 1)) throw new Error(`embed: maxWords must be at least 1, got ${maxWords}`);
  const words = pivotText.split(/\s+/u).filter((w) => w !== '');
  return words.slice(0, maxWords).join(' ');
}
