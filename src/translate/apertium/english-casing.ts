// Capitals Apertium puts on common words in mid-sentence ("Trump Has indicated"), taken off again.

// Closed-class words and auxiliaries: never names, so a capital on them mid-sentence is a mistake.
const COMMON = new Set(
  ('a an the and or but of to in on at for with from by as that this these those which who whom whose what ' +
    'is are was were be been being has have had do does did will would can could shall should may might must ' +
    'not also still already he she it they we you his her its their our him them there here than then when ' +
    'while after before because if into about over under between against during without')
    .split(' '),
);

/**
 * Lower-cases a capitalised word in mid-sentence when it is a closed-class word or a past tense ("Added"), and
 * the source does not hold it capitalised (so names such as "Fred" or "Will" stay).
 */
export function fixMidSentenceCapitals(text: string, source: string): string {
  return text.replace(/(?<=[\p{L}\p{N},;)\uE001] )(\p{Lu})(\p{Ll}+)\b/gu, (word: string, first: string, rest: string, offset: number) => {
    const lower = first.toLowerCase() + rest;
    // A past tense is told from a name's first word ("United States", "Red Cross") by the capital after it.
    const pastTense = lower.length >= 5 && lower.endsWith('ed') && !/^ \p{Lu}/u.test(text.slice(offset + word.length));
    const common = COMMON.has(lower) || pastTense;
    if (!common || new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(source)) return word;
    return lower;
  });
}
