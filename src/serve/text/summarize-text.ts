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
  // Only the opening can end up in the summary; segmenting a whole article costs more than the rest of a card.
  // The margin keeps the look-ahead of sentence rules ("Mr. Smith") the same as on the full text.
  const body = paragraphs.join(' ').slice(0, max + SEGMENT_MARGIN);
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

const SEGMENT_MARGIN = 200;

/** One segmenter per language, built once (each costs a fraction of a millisecond); bounded against odd tags. */
const segmenters = new Map<string, Intl.Segmenter>();
const MAX_SEGMENTERS = 200;

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter) return segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  }
  if (segmenters.size >= MAX_SEGMENTERS) segmenters.clear();
  segmenters.set(language, segmenter);
  return segmenter;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
