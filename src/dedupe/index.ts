// Public API of duplicate detection: canonical article URLs, text fingerprints and the same-article/outlet-copy verdict.
export { normaliseArticleUrl, readOutletHost } from './normalise-article-url.js';
export { compareFingerprints, fingerprintText, splitFingerprint, FINGERPRINT_BANDS, MIN_FINGERPRINT_TOKENS } from './fingerprint-text.js';
export { judgeDuplicate, NEAR_COPY_MAX_BITS } from './judge-duplicate.js';
export type { DuplicateSide, DuplicateVerdict } from './judge-duplicate.js';
