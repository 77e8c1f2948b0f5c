// Picks the story an article joins, or decides it starts a new one: best score above the threshold, with enough shared evidence.
import type { Article, MatchReason, StoryProfile } from '../domain/index.js';
import { ENTITY_PREFIX, NUMBER_PREFIX, PIVOT_PREFIX, TERM_PREFIX, articleKeys } from './article-keys.js';
import { compareText } from './compare-text.js';
import { computeIdf, type KeyFrequencies } from './idf.js';
import { crossesScripts, measureMatch } from './score.js';
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
 * The most evidence each key of an article could add, with the group it is counted in. An entity
 * adds its rarity. countEvidence credits a shared term string once among terms and pivot terms and
 * once more when it is also a shared number, at half the rarity of one of its keys: so the ceiling
 * of a term string is half the highest rarity among its keys, once per group.
 */
function evidenceCeilings(article: Article, freq: KeyFrequencies, settings: ClusterSettings): Array<[key: string, value: number, group: string | null]> {
  const rarest = computeIdf('', { stories: freq.stories, counts: { '': 1 } }, settings.idfSmoothing);
  const rarity = (key: string): number => {
    const df = Math.max(1, freq.counts[key] ?? 0);
    return Math.min(1, computeIdf(key, { stories: Math.max(freq.stories, df), counts: { [key]: df } }, settings.idfSmoothing) / rarest);
  };
  const keys = articleKeys(article, settings);
  const isTermLike = (key: string): boolean => key.startsWith(TERM_PREFIX) || key.startsWith(PIVOT_PREFIX) || key.startsWith(NUMBER_PREFIX);
  const byTerm = new Map<string, number>();
  for (const key in keys) {
    if (!isTermLike(key)) continue;
    const term = key.slice(TERM_PREFIX.length);
    byTerm.set(term, Math.max(byTerm.get(term) ?? 0, 0.5 * rarity(key)));
  }
  const out: Array<[string, number, string | null]> = [];
  for (const key in keys) {
    if (key.startsWith(ENTITY_PREFIX)) out.push([key, rarity(key), null]);
    else if (isTermLike(key)) {
      const term = key.slice(TERM_PREFIX.length);
      out.push([key, byTerm.get(term) ?? 0.5, (key.startsWith(NUMBER_PREFIX) ? 'n' : 't') + term]);
    }
  }
  // Largest first, so that a profile that cannot make it is told apart after its few rarest keys.
  return out.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/** Sum of the ceilings from each position to the end. */
function suffixSums(ceilings: ReadonlyArray<[string, number, string | null]>): Float64Array {
  const out = new Float64Array(ceilings.length + 1);
  for (let i = ceilings.length - 1; i >= 0; i--) out[i] = (out[i + 1] as number) + (ceilings[i] as [string, number, string | null])[1];
  return out;
}

/** Whether a profile shares enough keys with the article for countEvidence to possibly reach minEvidence. */
function mayHaveEvidence(
  ceilings: ReadonlyArray<[string, number, string | null]>,
  rest: Float64Array,
  profile: StoryProfile,
  minEvidence: number,
): boolean {
  let total = 0;
  const counted = new Set<string>();
  for (let i = 0; i < ceilings.length; i++) {
    // Even sharing every key left would not be enough.
    if (total + (rest[i] as number) < minEvidence - 1e-9) return false;
    const [key, value, group] = ceilings[i] as [string, number, string | null];
    if (!((profile.keys[key] ?? 0) > 0)) continue;
    if (group !== null) {
      if (counted.has(group)) continue;
      counted.add(group);
    }
    total += value;
    // A hair of slack: countEvidence adds the same values in another order.
    if (total >= minEvidence - 1e-9) return true;
  }
  return false;
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
  // Candidates that could not pass the evidence rule whatever their score are not scored at all.
  const ceilings = candidates.length > 0 ? evidenceCeilings(article, freq, settings) : [];
  const rest = suffixSums(ceilings);
  for (const profile of candidates) {
    // The bound counts exact keys only: across scripts, entities may also match by skeleton (score.ts).
    if (!crossesScripts(article.language, profile) && !mayHaveEvidence(ceilings, rest, profile, settings.minEvidence)) continue;
    const { reason, timeKnown } = measureMatch(article, profile, freq, settings);
    const threshold = timeKnown ? settings.joinThreshold : Math.max(settings.joinThreshold, settings.timelessJoinThreshold);
    if (reason.score < threshold || countEvidence(reason, freq, settings) < settings.minEvidence) continue;
    if (!best || reason.score > best.reason.score || (reason.score === best.reason.score && compareText(profile.storyId, best.storyId) < 0)) {
      best = { storyId: profile.storyId, reason };
    }
  }
  return best ? { kind: 'join', storyId: best.storyId, reason: best.reason } : { kind: 'new', storyId: null, reason: founderReason() };
}
