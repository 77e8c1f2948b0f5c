// Domain types and errors shared by every stage.
export * from './errors.js';
export type * from './language.js';
export { UNKNOWN_LANGUAGE } from './language.js';
export type * from './raw-document.js';
export type * from './extracted-article.js';
export type * from './enrichment.js';
export type * from './article.js';
export type * from './story.js';
export type * from './storyline.js';
export type * from './translation.js';
export { redactSecrets, redactUrl } from './redact-url.js';
export type * from './source.js';
export type * from './article-link.js';
