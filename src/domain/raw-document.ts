// What the sources stage hands to extraction: one document's body plus whatever its container said about it.

export interface RawDocumentHints {
  title?: string;
  url?: string;
  source?: string;
  /** As given by the input (ISO 8601 or any date string); extraction normalises it. */
  publishedAt?: string;
  language?: string;
}

export interface RawDocument {
  /** Human-readable name of the input, used in every message: a file path, `file.jsonl#3`, or a URL. */
  ref: string;
  /** Whether `body` is HTML markup or plain text. */
  format: 'html' | 'text';
  body: string;
  hints: RawDocumentHints;
}
