// Guesses the kind of an unknown name from its words: organisation and place words, else person by length.
import type { EntityKind } from '../domain/index.js';
import { EVENT_KEYS, ORG_KEYS, PLACE_KEYS } from './name-words.js';

/**
 * "Cold War" -> other, "Ministry of Defence" -> org, "Black Sea" -> place, "Antony Blinken" -> person
 * (2 or 3 words), anything else -> other. Person is a guess: other two-word names come out as people
 * too, which costs little because clustering compares ids, not kinds.
 */
export function guessEntityKind(keys: readonly string[]): EntityKind {
  if (keys.some((k) => EVENT_KEYS.has(k))) return 'other';
  if (keys.some((k) => ORG_KEYS.has(k))) return 'org';
  if (keys.some((k) => PLACE_KEYS.has(k))) return 'place';
  if (keys.length >= 2 && keys.length <= 3) return 'person';
  return 'other';
}
