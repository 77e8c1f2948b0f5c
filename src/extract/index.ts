// Public API of the extraction stage: clean article text and metadata from HTML or plain text.
export { extractArticle } from './extract-article.js';
export type { ExtractOptions } from './extract-article.js';
export { filterBoilerplate } from './filter-boilerplate.js';
export type { FilteredText } from './filter-boilerplate.js';
