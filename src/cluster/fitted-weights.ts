// Signal weights and thresholds fitted by scripts/fit-cluster-weights.ts (logistic regression on labelled pairs); regenerate, do not edit.
import type { SignalWeights } from './settings.js';

export const fittedWeights: Readonly<SignalWeights> = Object.freeze({"entities":0.353,"terms":3.866,"numbers":0.868,"time":0.867,"pivot":4.444,"text":0});

export const fittedThresholds = Object.freeze({ joinThreshold: 1.3, timelessJoinThreshold: 1.3, minEvidence: 1 });

/** Where the weights came from, for the benchmark report. */
export const fittedOn = "4668 pairs (signals fitted: entities, terms, numbers, pivot): SemEval-2022 pairs-dev and even-index NTREX documents (310 articles)";
