// Word-by-word lookup in one direction: function words, dictionary entries, base forms, German compounds.
import type { DictEntry } from './freedict.js';
import { glossFunctionWord } from './function-words.js';
import { germanBaseForms, stripLinkingElement } from './german-forms.js';

/** What a gloss dictionary needs from a dictionary file. */
export interface WordSource {
  has(word: string): boolean;
  lookup(word: string): DictEntry[];
}

export class GlossDictionary {
  private readonly memo = new Map<string, string | null>();

  constructor(
    private readonly from: string,
    private readonly source: WordSource,
    /** The headword sharing the word's stem, for inflected forms the dictionary lacks. */
    private readonly findByStem?: (word: string) => string | undefined,
  ) {}

  /** The English (target) gloss of one word; '' means "drop it"; undefined when nothing is known. */
  glossWord(word: string): string | undefined {
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.find(word);
    if (this.memo.size < 200_000) this.memo.set(word, found ?? null);
    return found;
  }

  private find(word: string): string | undefined {
    const fixed = glossFunctionWord(word, this.from);
    if (fixed !== undefined) return fixed;
    const direct = this.lookupForms(word);
    if (direct !== undefined) return direct;
    if (this.from === 'de') return this.splitCompound(word);
    return undefined;
  }

  private lookupForms(word: string): string | undefined {
    const forms = [word, ...(this.from === 'de' ? germanBaseForms(word) : [])];
    // First an entry in the word's own case ("neue" is the adjective "neu", not the noun "Neue"), then any.
    for (const strictCase of [true, false]) {
      for (const form of forms) {
        if (!this.source.has(form)) continue;
        const chosen = pickTranslation(this.source.lookup(form), form, strictCase);
        if (chosen) return chosen;
      }
    }
    const stemmed = this.findByStem?.(word.toLowerCase());
    if (stemmed) return pickTranslation(this.source.lookup(stemmed), stemmed);
    return undefined;
  }

  // "Bundesregierung" -> "federal government": the longest known head, then a known modifier.
  private splitCompound(word: string): string | undefined {
    if (word.length < 7) return undefined;
    for (let i = 3; i <= word.length - 4; i++) {
      const head = word.slice(i);
      const headGloss = this.lookupForms(capitalise(head)) ?? this.lookupForms(head);
      if (!headGloss) continue;
      for (const modifier of stripLinkingElement(word.slice(0, i))) {
        const modifierGloss = this.lookupForms(modifier) ?? this.lookupForms(capitalise(modifier.toLowerCase()));
        if (modifierGloss) return `${modifierGloss} ${headGloss}`;
      }
    }
    return undefined;
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * One translation from all the entries of a word: entries whose headword has the word's case first (German
 * "Gehen" is a noun, "gehen" a verb), then the translation found in most senses, first in its sense, short.
 */
export function pickTranslation(entries: readonly DictEntry[], word: string, strictCase = false): string | undefined {
  const sameCase = entries.filter((e) => e.headword === word);
  if (strictCase && sameCase.length === 0) return undefined;
  const pool = sameCase.length > 0 ? sameCase : entries;
  const scores = new Map<string, number>();
  pool.forEach((entry, e) => {
    entry.senses.forEach((sense) => {
      sense.forEach((translation, position) => {
        const words = translation.split(' ').length;
        const score = 3 + (position === 0 ? 2 : 0) - (words - 1) * 2 - translation.length / 15 - e * 0.5;
        scores.set(translation, (scores.get(translation) ?? 0) + score);
      });
    });
  });
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const [translation, score] of scores) {
    if (score > bestScore) {
      best = translation;
      bestScore = score;
    }
  }
  return best;
}
