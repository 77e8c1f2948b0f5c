// Corpus chrF (character n-gram F-score), computed the way sacrebleu's default chrF2 does it.

export interface ChrfOptions {
  /** Highest character n-gram order (sacrebleu default 6). */
  charOrder?: number;
  /** Recall weight (sacrebleu default 2). */
  beta?: number;
}

/** Per-order [hypothesis n-grams, reference n-grams, matches], summed over the corpus. */
type ChrfStatistics = number[];

/** chrF of hypotheses against one reference each, 0..100, statistics summed over the corpus first. */
export function scoreChrf(hypotheses: readonly string[], references: readonly string[], options: ChrfOptions = {}): number {
  const order = options.charOrder ?? 6;
  const beta = options.beta ?? 2;
  if (hypotheses.length !== references.length) {
    throw new RangeError(`chrF: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const totals: ChrfStatistics = new Array<number>(order * 3).fill(0);
  hypotheses.forEach((hypothesis, i) => {
    const stats = sentenceStatistics(hypothesis, references[i] ?? '', order);
    stats.forEach((v, k) => (totals[k] = (totals[k] ?? 0) + v));
  });
  return fScoreFromStatistics(totals, order, beta);
}

/** chrF of one sentence (same formula on a corpus of one). */
export function scoreSentenceChrf(hypothesis: string, reference: string, options: ChrfOptions = {}): number {
  return scoreChrf([hypothesis], [reference], options);
}

function sentenceStatistics(hypothesis: string, reference: string, order: number): ChrfStatistics {
  // sacrebleu drops all whitespace before taking character n-grams.
  const hyp = Array.from(hypothesis.replace(/\s+/gu, ''));
  const ref = Array.from(reference.replace(/\s+/gu, ''));
  const stats: ChrfStatistics = [];
  for (let n = 1; n <= order; n++) {
    const hypGrams = countNgrams(hyp, n);
    const refGrams = countNgrams(ref, n);
    let matches = 0;
    for (const [gram, count] of hypGrams) matches += Math.min(count, refGrams.get(gram) ?? 0);
    stats.push(Math.max(0, hyp.length - n + 1), Math.max(0, ref.length - n + 1), matches);
  }
  return stats;
}

function countNgrams(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

// Averages precision and recall over the orders that have n-grams on both sides, then takes the
// F-beta of the averages: sacrebleu's default (no epsilon smoothing, as chrF++.py).
function fScoreFromStatistics(stats: ChrfStatistics, order: number, beta: number): number {
  let precision = 0;
  let recall = 0;
  let effectiveOrder = 0;
  for (let n = 0; n < order; n++) {
    const hypCount = stats[3 * n] ?? 0;
    const refCount = stats[3 * n + 1] ?? 0;
    const matches = stats[3 * n + 2] ?? 0;
    if (hypCount > 0 && refCount > 0) {
      precision += matches / hypCount;
      recall += matches / refCount;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  precision /= effectiveOrder;
  recall /= effectiveOrder;
  if (precision + recall === 0) return 0;
  const factor = beta * beta;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}
