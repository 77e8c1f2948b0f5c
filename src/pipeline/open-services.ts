// The composition root: builds the store, detector and enricher the configuration asks for, once.
import type { ClusterSettings } from '../cluster/index.js';
import { defaultClusterSettings } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import { createEnricher } from '../enrich/index.js';
import { createLanguageDetector } from '../language/index.js';
import { openStore } from '../store/index.js';
import type { IngestServices } from './ingest-document.js';

export interface Services extends IngestServices {
  clusterSettings: ClusterSettings;
  close(): Promise<void>;
}

export async function openServices(config: Config): Promise<Services> {
  const store = await openStore({ database: config.database });
  try {
    const [detector, enricher] = await Promise.all([
      createLanguageDetector({ engine: config.language.engine }),
      Promise.resolve(createEnricher()),
    ]);
    return {
      store,
      detector,
      enricher,
      clusterSettings: clusterSettingsFrom(config),
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export function clusterSettingsFrom(config: Config): ClusterSettings {
  const overrides = config.cluster.joinThreshold === undefined ? {} : { joinThreshold: config.cluster.joinThreshold };
  return { ...defaultClusterSettings, readerLanguage: config.site.readerLanguage, ...overrides };
}
