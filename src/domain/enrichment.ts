// What enrichment adds to an article: canonical entities, dates mentioned and weighted terms.

export type EntityKind = 'person' | 'place' | 'org' | 'other';

export interface EntityMention {
  /** Canonical id shared across languages and scripts, e.g. `person:vladimir-putin`, `place:iceland`, `org:nato`. */
  id: string;
  kind: EntityKind;
  /** Canonical display name (English form): "Vladimir Putin", "Iceland", "NATO". */
  name: string;
  /** Forms seen in this article ("Poutine", "Vladimir Poutine"). */
  surfaces: string[];
  count: number;
  inTitle: boolean;
}

export interface WeightedTerm {
  /** Normalised (lower-cased, stemmed) term in the article's language. */
  term: string;
  weight: number;
}

export interface Enrichment {
  entities: EntityMention[];
  /** Calendar days mentioned in the text, ISO `YYYY-MM-DD`, resolved against the publication time. */
  dates: string[];
  /** Top terms of the article, weighted. */
  terms: WeightedTerm[];
}
