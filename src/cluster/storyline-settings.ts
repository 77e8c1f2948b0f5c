// What links two stories into a storyline: how far apart they may be, how much they must share, and how it is weighed.
export interface StorylineSettings {
  /** Longest gap between two linked stories, in days: a situation evolves over weeks to months. */
  maxGapDays: number;
  /** A story's core entities: its strongest entity keys, this many at most. */
  coreEntities: number;
  /** A story's core terms, this many at most. */
  coreTerms: number;
  /** Core entities two stories must both have: one shared name (a capital, a country) is never enough. */
  minSharedEntities: number;
  /** Lowest combined score (0..1) that links two stories. */
  minScore: number;
  /** Share of the score from entities; the rest comes from terms. */
  entityWeight: number;
  /** Candidate stories looked up per story in the inverted index. */
  maxCandidates: number;
  /** Most stories one incremental run gathers around the changed ones (a full run is not bounded). */
  maxComponent: number;
}

export const defaultStorylineSettings: Readonly<StorylineSettings> = Object.freeze({
  maxGapDays: 240,
  coreEntities: 10,
  coreTerms: 30,
  minSharedEntities: 3,
  minScore: 0.35,
  entityWeight: 0.75,
  maxCandidates: 20,
  maxComponent: 500,
});
