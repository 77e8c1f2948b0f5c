// The enricher: builds the gazetteer once, then turns an article into entities, dates and terms.
import type { Enrichment, LangCode } from '../domain/index.js';
import { InputError } from '../domain/index.js';
import { findDates } from './find-dates.js';
import { findEntities } from './find-entities.js';
import { buildGazetteer } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { weighTerms } from './weigh-terms.js';

export interface EnrichInput {
  title: string;
  text: string;
  language: LangCode;
  /** ISO timestamp of publication; relative dates are resolved against it. */
  publishedAt: string | null;
}

export interface EnricherOptions {
  /** A gazetteer built earlier, to share one between enrichers (tests, several workers). */
  gazetteer?: Gazetteer;
}

export interface Enricher {
  enrich(input: EnrichInput): Enrichment;
}

/** Builds the gazetteers (about 0.5-1 s, ~35 MB) once; `enrich` is then pure and synchronous. */
export function createEnricher(options: EnricherOptions = {}): Enricher {
  const gazetteer = options.gazetteer ?? buildGazetteer();
  return {
    enrich(input) {
      if (typeof input.text !== 'string' || typeof input.title !== 'string') {
        throw new InputError('enrich', 'title and text must be strings', input.title || null);
      }
      const language = input.language.toLowerCase().split(/[-_]/)[0] ?? 'und';
      return {
        entities: findEntities(gazetteer, input.title, input.text, language),
        dates: findDates(input.text, language, input.publishedAt),
        terms: weighTerms(input.title, input.text, language),
      };
    },
  };
}
