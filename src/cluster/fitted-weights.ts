// Signal weights and thresholds fitted by scripts/fit-cluster-weights.ts (logistic regression on labelled pairs); regenerate, do not edit.
import type { SignalWeights } from './settings.js';

export const fittedWeights: Readonly<SignalWeights> = Object.freeze({"entities":0.23,"terms":1.142,"numbers":0.779,"time":0.667,"pivot":2.029,"text":2.833,"dense":0});

export const fittedThresholds = Object.freeze({ joinThreshold: 1, timelessJoinThreshold: 1, minEvidence: 1 });

/** Where the weights came from, for the benchmark report. */
export const fittedOn = "4668 pairs (signals fitted: entities, terms, numbers, pivot, text): SemEval-2022 pairs-dev and even-index NTREX documents (310 articles)";
