// Re-joins paragraphs that a scraper broke apart around quotes, as in the aggregator texts: `the`, `"offensive"`, `tendencies`.

/** A paragraph ends a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:]["'”’»)\]]*$/u;
/** Starts with something no paragraph starts with: a comma, a full stop, a closing bracket. */
const STARTS_WITH_PUNCTUATION = /^[,.;:!?…)\]]/u;
/** Starts like the middle of a sentence: a lower-case letter. */
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** Starts with a quotation mark or a dash, which continues an unfinished sentence but may also open a paragraph. */
const STARTS_WITH_QUOTE_OR_DASH = /^["'“”„«»‘’\-–—]/u;

/** Whether `next` is the rest of the paragraph `previous`, judged from how one ends and the other begins. */
export function continuesParagraph(previous: string, next: string): boolean {
  if (STARTS_WITH_PUNCTUATION.test(next)) return true;
  const open = !ENDS_SENTENCE.test(previous);
  if (STARTS_LOWER_CASE.test(next)) return true;
  return open && STARTS_WITH_QUOTE_OR_DASH.test(next);
}

function glue(previous: string, next: string): string {
  return STARTS_WITH_PUNCTUATION.test(next) ? `${previous}${next}` : `${previous} ${next}`;
}

/** Joins each fragment onto the paragraph it belongs to; paragraphs that start properly stay separate. */
export function rejoinFragments(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const last = joined.at(-1);
    if (last !== undefined && continuesParagraph(last, paragraph)) joined[joined.length - 1] = glue(last, paragraph);
    else joined.push(paragraph);
  }
  return joined;
}
