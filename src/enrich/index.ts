// The enrich stage's public API: the enricher and the normalisation helpers clustering and the UI share.
export { createEnricher } from './create-enricher.js';
export type { EnrichInput, Enricher, EnricherOptions } from './create-enricher.js';
export { buildGazetteer } from './gazetteer.js';
export type { Gazetteer } from './gazetteer.js';
export { canonicalEntityId, foldKey, normalizeToken, personSurnameKey, slugifyName, transliterate } from './normalize.js';
