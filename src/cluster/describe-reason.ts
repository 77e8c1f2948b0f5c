// Words for a match: the similarity broken down by signal, the same for `babelwire explain`, `show` and the story page.
import type { MatchReason } from '../domain/index.js';
import { SIGNALS } from './score.js';

export interface SignalLine {
  signal: string;
  /** Contribution to the score (weight x raw value; negative for the date veto). */
  contribution: number;
}

/** Signals in a fixed order (the scorer's), then any extra ones such as the date veto; zero contributions included. */
export function breakDownReason(reason: MatchReason): SignalLine[] {
  const known: string[] = [...SIGNALS];
  const names = [...known, ...Object.keys(reason.signals).filter((k) => !known.includes(k)).sort()];
  return names.filter((n) => n in reason.signals).map((signal) => ({ signal, contribution: reason.signals[signal] ?? 0 }));
}

/** One line: `score 1.32 = entities 0.61 + text 0.52 + pivot 0.19; shared: Putin, Biden; 3 h apart`. */
export function describeReason(reason: MatchReason, maxShared = 8): string {
  if (reason.founder) return 'started this story';
  const parts = breakDownReason(reason)
    .filter((l) => l.contribution !== 0)
    .map((l) => `${l.signal} ${l.contribution.toFixed(2)}`);
  const shared = [...reason.sharedEntities, ...reason.sharedTerms].slice(0, maxShared);
  const time = reason.timeDeltaHours === null ? '' : `; ${formatHours(reason.timeDeltaHours)} apart`;
  return `score ${reason.score.toFixed(2)} = ${parts.join(' + ') || '0'}; shared: ${shared.join(', ') || 'none'}${time}`;
}

function formatHours(hours: number): string {
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
}
