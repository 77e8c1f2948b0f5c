// The language stage's public API: detection, code normalisation and language names.
export { createLanguageDetector } from './create-language-detector.js';
export type { LanguageDetector, LanguageDetectorOptions } from './create-language-detector.js';
export type { DecisionThresholds } from './decide-language.js';
export type { EngineName } from './engine.js';
export { languageName } from './language-name.js';
export { normalizeLanguageCode } from './normalize-language-code.js';
export { prepareText } from './prepare-text.js';
export type { PreparedText } from './prepare-text.js';
