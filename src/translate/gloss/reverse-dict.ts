// A dictionary read backwards (eng-rus used as rus-eng), for directions FreeDict only has the other way round.
import type { DictEntry, FreeDict } from './freedict.js';
import type { WordSource } from './gloss-dictionary.js';

/** Reverses a small dictionary: every single-word translation points back to its headword. */
export class ReverseDict implements WordSource {
  private map: Map<string, string[]> | null = null;

  constructor(private readonly forward: FreeDict) {}

  has(word: string): boolean {
    return this.load().has(word.toLowerCase());
  }

  lookup(word: string): DictEntry[] {
    const headwords = this.load().get(word.toLowerCase()) ?? [];
    return headwords.length > 0 ? [{ headword: word, senses: [headwords] }] : [];
  }

  /** Lower-cased source words known, for building a stem index. */
  words(): string[] {
    return [...this.load().keys()];
  }

  private load(): Map<string, string[]> {
    if (this.map) return this.map;
    const map = new Map<string, string[]>();
    for (const headword of this.forward.headwords()) {
      for (const entry of this.forward.lookup(headword)) {
        for (const sense of entry.senses) {
          for (const translation of sense) {
            if (translation.includes(' ')) continue;
            const key = translation.toLowerCase();
            const list = map.get(key) ?? [];
            if (!list.includes(entry.headword)) list.push(entry.headword);
            map.set(key, list);
          }
        }
      }
    }
    this.map = map;
    return map;
  }
}
