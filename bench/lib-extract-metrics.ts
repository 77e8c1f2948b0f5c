// The two extraction metrics: Zyte's shingle-overlap precision/recall and trafilatura's snippet test.

/** Unicode word tokens, case kept, as the Zyte benchmark counts them. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Multiset of 4-grams of tokens; a text with fewer than 4 tokens is one shingle. */
export function countShingles(text: string, size = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length === 0) return counts;
  if (tokens.length < size) add(tokens.join(' '));
  for (let i = 0; i + size <= tokens.length; i += 1) add(tokens.slice(i, i + size).join(' '));
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(truth: string, predicted: string): PageCounts {
  const t = countShingles(truth);
  const p = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0));
  return { tp, fp, fn };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Mean per-page P over pages with a prediction and mean per-page R over pages with a truth, then F1. */
export function scoreCorpus(pages: readonly PageCounts[]): CorpusScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    const total = tp + fp + fn;
    if (total === 0) {
      precisions.push(1);
      recalls.push(1);
      continue;
    }
    const [stp, sfp, sfn] = [tp / total, fp / total, fn / total];
    if (stp + sfp > 0) precisions.push(sfp === 0 && sfn === 0 ? 1 : stp / (stp + sfp));
    if (stp + sfn > 0) recalls.push(sfp === 0 && sfn === 0 ? 1 : stp / (stp + sfn));
  }
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** `with` snippets found are tp (missing: fn); `without` snippets found are fp (absent: tn). */
export function scoreSnippets(extracted: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const text = squash(extracted);
  const counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const snippet of withSnippets) {
    if (text.includes(squash(snippet))) counts.tp += 1;
    else counts.fn += 1;
  }
  for (const snippet of withoutSnippets) {
    if (text.includes(squash(snippet))) counts.fp += 1;
    else counts.tn += 1;
  }
  return counts;
}

export function sumSnippets(pages: readonly SnippetCounts[]): SnippetCounts & { precision: number; recall: number; f1: number } {
  const total = pages.reduce((a, b) => ({ tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = total.tp / Math.max(1, total.tp + total.fp);
  const recall = total.tp / Math.max(1, total.tp + total.fn);
  const f1 = (2 * total.tp) / Math.max(1, 2 * total.tp + total.fp + total.fn);
  return { ...total, precision, recall, f1 };
}
