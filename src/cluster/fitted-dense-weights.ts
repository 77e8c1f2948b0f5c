// Signal weights and thresholds fitted by scripts/fit-cluster-weights.ts (logistic regression on labelled pairs); regenerate, do not edit.
import type { SignalWeights } from './settings.js';

export const fittedDenseWeights: Readonly<SignalWeights> = Object.freeze({"entities":0.226,"terms":1.228,"numbers":0.803,"time":0.667,"pivot":2.141,"text":2.719,"dense":0.014});

export const fittedDenseThresholds = Object.freeze({ joinThreshold: 1, timelessJoinThreshold: 1, minEvidence: 1 });

/** Where the weights came from, for the benchmark report. */
export const fittedDenseOn = "4668 pairs (signals fitted: entities, terms, numbers, pivot, text, dense): SemEval-2022 pairs-dev and even-index NTREX documents (310 articles)";
