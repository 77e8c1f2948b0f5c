// Picks the story an article joins, or decides it starts a new one: best score above the threshold, with enough shared evidence.
import type { Article, MatchReason, StoryProfile } from '../domain/index.js';
import { ENTITY_PREFIX, NUMBER_PREFIX, PIVOT_PREFIX, TERM_PREFIX } from './article-keys.js';
import { compareText } from './compare-text.js';
import { computeIdf, type KeyFrequencies } from './idf.js';
import { measureMatch } from './score.js';
import type { ClusterSettings } from './settings.js';

export type ClusterDecision =
  | { kind: 'join'; storyId: string; reason: MatchReason }
  | { kind: 'new'; storyId: null; reason: MatchReason };

/** The reason recorded for an article that starts its own story. */
export function founderReason(): MatchReason {
  return { score: 0, signals: {}, sharedEntities: [], sharedTerms: [], timeDeltaHours: null, founder: true };
}

/**
 * Shared keys behind a match: an entity counts up to 1, a term or number up to 0.5, each scaled by
 * its rarity (its IDF over the IDF of a key only one story carries). Scores can be high on one
 * shared key (a headline naming one person), or on a few keys every story carries (Russia, the
 * United States) plus a close publication time, so a join also needs this much evidence.
 */
export function countEvidence(reason: MatchReason, freq: KeyFrequencies, settings: Pick<ClusterSettings, 'idfSmoothing'>): number {
  const rarest = computeIdf('', { stories: freq.stories, counts: { '': 1 } }, settings.idfSmoothing);
  const rarity = (key: string): number => {
    // Shared keys belong to the candidate story, so at least one story carries them.
    const df = Math.max(1, freq.counts[key] ?? 0);
    return Math.min(1, computeIdf(key, { stories: Math.max(freq.stories, df), counts: { [key]: df } }, settings.idfSmoothing) / rarest);
  };
  let evidence = 0;
  for (const id of reason.sharedEntities) evidence += rarity(ENTITY_PREFIX + id);
  for (const term of reason.sharedTerms) {
    // sharedTerms lists terms, English pivot terms and salient numbers together: take the key the
    // frequencies were looked up under (numbers are digits only).
    const candidates = [TERM_PREFIX + term, PIVOT_PREFIX + term, NUMBER_PREFIX + term];
    const key =
      candidates.find((k) => k in freq.counts) ?? (/^\d+(?:\.\d+)?$/.test(term) ? NUMBER_PREFIX + term : TERM_PREFIX + term);
    evidence += 0.5 * rarity(key);
  }
  return evidence;
}

/**
 * Scores every candidate and joins the best one that passes both the threshold and the evidence
 * rule; ties go to the smaller story id, so the same input always gives the same answer. When
 * time cannot be compared (no publication time nor date on one side), nothing rules out that the
 * story happened months apart, so the content must clear the higher `timelessJoinThreshold`.
 */
export function decideStory(
  article: Article,
  candidates: readonly StoryProfile[],
  freq: KeyFrequencies,
  settings: ClusterSettings,
): ClusterDecision {
  let best: { storyId: string; reason: MatchReason } | null = null;
  for (const profile of candidates) {
    const { reason, timeKnown } = measureMatch(article, profile, freq, settings);
    const threshold = timeKnown ? settings.joinThreshold : Math.max(settings.joinThreshold, settings.timelessJoinThreshold);
    if (reason.score < threshold || countEvidence(reason, freq, settings) < settings.minEvidence) continue;
    if (!best || reason.score > best.reason.score || (reason.score === best.reason.score && compareText(profile.storyId, best.storyId) < 0)) {
      best = { storyId: profile.storyId, reason };
    }
  }
  return best ? { kind: 'join', storyId: best.storyId, reason: best.reason } : { kind: 'new', storyId: null, reason: founderReason() };
}
