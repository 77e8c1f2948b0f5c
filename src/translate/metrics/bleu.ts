// Corpus BLEU with 13a tokenisation, brevity penalty and sacrebleu's "exp" smoothing.
import { tokenize13a } from './tokenize-13a.js';

const MAX_ORDER = 4;

export interface BleuScore {
  score: number;
  /** Modified n-gram precisions, 0..100, orders 1 to 4. */
  precisions: number[];
  brevityPenalty: number;
  hypothesisLength: number;
  referenceLength: number;
}

/** BLEU of hypotheses against one reference each, n-gram counts summed over the corpus. */
export function scoreBleu(hypotheses: readonly string[], references: readonly string[]): BleuScore {
  if (hypotheses.length !== references.length) {
    throw new RangeError(`BLEU: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const correct = new Array<number>(MAX_ORDER).fill(0);
  const total = new Array<number>(MAX_ORDER).fill(0);
  let hypothesisLength = 0;
  let referenceLength = 0;
  hypotheses.forEach((hypothesis, i) => {
    const hyp = tokenize13a(hypothesis);
    const ref = tokenize13a(references[i] ?? '');
    hypothesisLength += hyp.length;
    referenceLength += ref.length;
    for (let n = 1; n <= MAX_ORDER; n++) {
      const refGrams = countNgrams(ref, n);
      for (const [gram, count] of countNgrams(hyp, n)) {
        correct[n - 1] = (correct[n - 1] ?? 0) + Math.min(count, refGrams.get(gram) ?? 0);
      }
      total[n - 1] = (total[n - 1] ?? 0) + Math.max(0, hyp.length - n + 1);
    }
  });
  return combine(correct, total, hypothesisLength, referenceLength);
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function combine(correct: number[], total: number[], hypothesisLength: number, referenceLength: number): BleuScore {
  const precisions: number[] = [];
  // "exp" smoothing: each order with no match gets a precision halved again, instead of zero.
  let smoothing = 1;
  for (let n = 0; n < MAX_ORDER; n++) {
    const t = total[n] ?? 0;
    const c = correct[n] ?? 0;
    if (t === 0) {
      precisions.push(0);
    } else if (c === 0) {
      smoothing *= 2;
      precisions.push(100 / (smoothing * t));
    } else {
      precisions.push((100 * c) / t);
    }
  }
  const brevityPenalty =
    hypothesisLength === 0 ? 0 : hypothesisLength < referenceLength ? Math.exp(1 - referenceLength / hypothesisLength) : 1;
  const logSum = precisions.reduce((sum, p) => sum + (p > 0 ? Math.log(p) : -Infinity), 0);
  const score = hypothesisLength === 0 ? 0 : brevityPenalty * Math.exp(logSum / MAX_ORDER);
  return { score: Number.isFinite(score) ? score : 0, precisions, brevityPenalty, hypothesisLength, referenceLength };
}
