// Clustering stage: puts each new article in the best matching story or starts a new one, across languages.
export { defaultClusterSettings, makeClusterSettings } from './settings.js';
export type { ClusterSettings, SignalWeights } from './settings.js';
export { articleKeys, ENTITY_PREFIX, NUMBER_PREFIX, PIVOT_PREFIX, TERM_PREFIX } from './article-keys.js';
export type { ClusterArticle } from './article-keys.js';
export { candidateWindow } from './candidate-window.js';
export type { CandidateWindow } from './candidate-window.js';
export { decideStory, countEvidence, founderReason } from './decide-story.js';
export type { ClusterDecision } from './decide-story.js';
export { scoreAgainstProfile, explainPair, SIGNALS } from './score.js';
export { addToProfile, profileArticle, defaultProfileLimits, LANGUAGE_PREFIX } from './story-profile.js';
export type { ProfileLimits } from './story-profile.js';
export { summarizeStory, pickLeadArticle } from './summarize-story.js';
export { newStoryId } from './story-id.js';
export { nameSource } from './source-name.js';
export { computeIdf } from './idf.js';
export type { KeyFrequencies } from './idf.js';
export { MemoryClusterer } from './memory-clusterer.js';
export type { MemoryAssignment, MemoryClusterOptions } from './memory-clusterer.js';
