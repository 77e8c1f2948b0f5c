// The opening sentences of an article, for story cards and member lists: whole sentences, bounded length.
import { splitParagraphs } from './split-paragraphs.js';

/**
 * Takes whole sentences from the start of `text` until `targetChars` is reached, never more than
 * `maxChars` (cut at a word with an ellipsis). A first paragraph that only repeats the title is skipped.
 */
export function summarizeText(
  text: string,
  options: { language: string; title?: string; targetChars?: number; maxChars?: number },
): string {
  const target = options.targetChars ?? 160;
  const max = options.maxChars ?? 280;
  const paragraphs = splitParagraphs(text);
  if (options.title && paragraphs.length > 1 && sameWords(paragraphs[0]!, options.title)) paragraphs.shift();
  const body = paragraphs.join(' ');
  if (body.length === 0) return '';

  let summary = '';
  for (const { segment } of sentenceSegmenter(options.language).segment(body)) {
    if (summary.length > 0 && summary.length + segment.length > max) break;
    summary += segment;
    if (summary.length >= target) break;
  }
  summary = summary.trim();
  if (summary.length <= max) return summary;
  const cut = summary.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

function sentenceSegmenter(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter('en', { granularity: 'sentence' });
  }
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
