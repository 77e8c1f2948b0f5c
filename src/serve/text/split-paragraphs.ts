// Splits stored clean text (paragraphs separated by a blank line) into paragraphs for display.

export function splitParagraphs(text: string): string[] {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  // Text that came without blank lines still has one paragraph per line; keep those apart.
  if (blocks.length === 1 && blocks[0]!.includes('\n')) {
    return blocks[0]!.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  }
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' '));
}
