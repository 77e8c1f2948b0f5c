// The composition root: builds the store, detector and enricher the configuration asks for, once.
import type { ClusterSettings } from '../cluster/index.js';
import { defaultClusterSettings, denseSignalWeight } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import { createEmbedder } from '../embed/index.js';
import { createEnricher } from '../enrich/index.js';
import { createLanguageDetector } from '../language/index.js';
import { openStore } from '../store/index.js';
import type { ProviderSettings, TranslateSettings } from '../translate/index.js';
import type { TranslationCache } from '../translate/index.js';
import { createTranslator, withCache } from '../translate/index.js';
import type { IngestServices } from './ingest-document.js';
import { storeTranslationCache } from './translate-articles.js';

export interface Services extends IngestServices {
  clusterSettings: ClusterSettings;
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  /** Told how many segments each translation cache look-up found and missed (metrics). */
  onCacheLookup?: (hits: number, misses: number) => void;
}

export async function openServices(config: Config, options: OpenServicesOptions = {}): Promise<Services> {
  const store = await openStore({ database: config.database, jobLeaseMs: config.queue.leaseSeconds * 1000 });
  try {
    const [detector, enricher] = await Promise.all([
      createLanguageDetector({ engine: config.language.engine }),
      Promise.resolve(createEnricher()),
    ]);
    // Providers start lazily (Apertium pipelines on first use), so commands that never translate pay nothing.
    const translator = withCache(createTranslator(translateSettingsFrom(config)), countLookups(storeTranslationCache(store), options.onCacheLookup));
    // The packaged model loads on first use too (about 0.3 s), so a dense-on desk that never clusters pays nothing.
    const embedder = config.cluster.signals.dense ? createEmbedder(config.embed) : null;
    return {
      store,
      detector,
      enricher,
      translator,
      translationPlan: { targets: config.translate.targets, bodies: config.translate.bodies },
      clusterSettings: clusterSettingsFrom(config),
      dense: embedder ? { embedder, maxWords: config.embed.maxWords } : null,
      close: async () => {
        await translator.close?.();
        await embedder?.close?.();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export function clusterSettingsFrom(config: Config): ClusterSettings {
  const overrides = config.cluster.joinThreshold === undefined ? {} : { joinThreshold: config.cluster.joinThreshold };
  const weights = { ...defaultClusterSettings.weights, dense: config.cluster.signals.dense ? denseSignalWeight : 0 };
  return { ...defaultClusterSettings, readerLanguage: config.site.readerLanguage, ...overrides, weights };
}

export function translateSettingsFrom(config: Config): TranslateSettings {
  const providers = config.translate.providers.map((p): ProviderSettings => {
    switch (p.kind) {
      case 'apertium':
        return { kind: 'apertium', timeoutMs: p.timeoutMs };
      case 'libretranslate':
        return { kind: 'libretranslate', url: p.url, timeoutMs: p.timeoutMs, ...(p.apiKey ? { apiKey: p.apiKey } : {}) };
      case 'openai':
        return { kind: 'openai', baseUrl: p.baseUrl, model: p.model, timeoutMs: p.timeoutMs, ...(p.apiKey ? { apiKey: p.apiKey } : {}) };
      case 'deepl':
        return { kind: 'deepl', apiKey: p.apiKey, timeoutMs: p.timeoutMs, ...(p.url ? { url: p.url } : {}) };
    }
  });
  return { providers, gloss: { enabled: true }, glossUnknownWords: true };
}

function countLookups(cache: TranslationCache, onLookup: OpenServicesOptions['onCacheLookup']): TranslationCache {
  if (!onLookup) return cache;
  return {
    ...cache,
    async getMany(keys) {
      const found = await cache.getMany(keys);
      const hits = found.filter((entry) => entry !== undefined).length;
      onLookup(hits, found.length - hits);
      return found;
    },
  };
}
