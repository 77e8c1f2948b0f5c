// Clustering quality against gold groups: BCubed and pairwise precision, recall and F1.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** `predicted` and `gold` map each item id to its cluster label. Items missing from `predicted` count as singletons. */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>, items: readonly string[] = [...gold.keys()]): PRF {
  const byPred = groupBy(predicted, gold);
  const byGold = invert(gold);
  let p = 0;
  let r = 0;
  for (const item of items) {
    const predCluster = byPred.get(labelOf(predicted, item)) ?? new Set([item]);
    const goldCluster = byGold.get(gold.get(item) ?? '') ?? new Set([item]);
    let both = 0;
    for (const other of predCluster) if (goldCluster.has(other)) both++;
    p += both / predCluster.size;
    r += both / goldCluster.size;
  }
  const n = items.length || 1;
  return prf(p / n, r / n);
}

/** Pairs of items put together: precision over predicted pairs, recall over gold pairs. */
export function pairwise(predicted: Map<string, string>, gold: Map<string, string>): PRF {
  const items = [...gold.keys()];
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as string;
      const b = items[j] as string;
      const samePred = labelOf(predicted, a) === labelOf(predicted, b);
      const sameGold = gold.get(a) === gold.get(b);
      if (samePred) predPairs++;
      if (sameGold) goldPairs++;
      if (samePred && sameGold) tp++;
    }
  }
  return prf(predPairs ? tp / predPairs : 1, goldPairs ? tp / goldPairs : 1);
}

export function prf(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** An unclustered item is its own cluster. */
function labelOf(predicted: Map<string, string>, item: string): string {
  return predicted.get(item) ?? `solo:${item}`;
}

function groupBy(predicted: Map<string, string>, gold: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const item of gold.keys()) {
    const label = labelOf(predicted, item);
    const set = groups.get(label) ?? new Set<string>();
    set.add(item);
    groups.set(label, set);
  }
  return groups;
}

function invert(labels: Map<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    const set = groups.get(label) ?? new Set<string>();
    set.add(item);
    groups.set(label, set);
  }
  return groups;
}
