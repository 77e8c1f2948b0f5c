// What extraction produces: clean text and metadata of one article, before language and enrichment.

export type DateOrigin = 'input' | 'jsonld' | 'meta' | 'text' | 'none';

export interface ExtractedArticle {
  ref: string;
  title: string;
  /**
   * The standfirst (lead, chapô, entradilla) between the headline and the body, when the page marks one; never also
   * at the top of `text`. Shown above the body.
   */
  lead: string | null;
  /** Clean article text, paragraphs separated by a blank line, site chrome removed. */
  text: string;
  url: string | null;
  /** Publishing outlet ("Le Figaro"), from metadata, a "Source: ..." line, or the input. */
  sourceName: string | null;
  /** Agency and photo credits found in the text ("Reuters", "AFP"), kept as metadata. */
  credits: string[];
  author: string | null;
  section: string | null;
  imageUrl: string | null;
  /** ISO 8601 with time zone, or null when the article carries no usable date. */
  publishedAt: string | null;
  publishedAtOrigin: DateOrigin;
  /** Language declared by the input or the page (`<html lang>`), if any; detection decides. */
  languageHint: string | null;
  /** Number of lines or blocks the boilerplate filter removed. */
  removedBlocks: number;
}
