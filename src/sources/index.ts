// Inputs: files and folders of articles (text, HTML, JSON, JSONL). Feeds, sitemaps and pages come later.
export { findInputFiles, articleFileExtensions } from './find-input-files.js';
export type { InputFiles } from './find-input-files.js';
export { readFileDocuments } from './read-file-documents.js';
export type { FileDocuments, ReadOptions } from './read-file-documents.js';
export { decodeText } from './decode-text.js';
export type { DecodedText } from './decode-text.js';
