// A stored article: extraction, language and enrichment results, and the story it belongs to.
import type { EntityMention, WeightedTerm } from './enrichment.js';
import type { DateOrigin } from './extracted-article.js';
import type { LangCode } from './language.js';

export interface Article {
  /** Stable id derived from the URL, or from the content when there is no URL. */
  id: string;
  ref: string;
  url: string | null;
  sourceName: string | null;
  credits: string[];
  author: string | null;
  section: string | null;
  imageUrl: string | null;
  title: string;
  /** The standfirst shown above the body, apart from `text`; absent (or null) when the page marks none. */
  lead?: string | null;
  text: string;
  language: LangCode;
  languageConfidence: number;
  publishedAt: string | null;
  publishedAtOrigin: DateOrigin;
  ingestedAt: string;
  /** Fingerprint of the normalised text, used to find the same article under another URL or file. */
  contentHash: string;
  entities: EntityMention[];
  dates: string[];
  terms: WeightedTerm[];
  storyId: string | null;
}

/** An article as handed to the store before it has a story. */
export type NewArticle = Omit<Article, 'storyId'>;
