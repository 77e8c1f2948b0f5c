// The one place that turns settings into a Translator: providers in order, then the gloss-or-original fallback.
import { ApertiumTranslator } from './apertium/apertium-translator.js';
import { ChainTranslator } from './chain-translator.js';
import { FallbackTranslator } from './fallback-translator.js';
import { GlossTranslator } from './gloss/gloss-translator.js';
import { DeepLTranslator } from './servers/deepl-translator.js';
import { LibreTranslateTranslator } from './servers/libretranslate-translator.js';
import { OpenAiTranslator } from './servers/openai-translator.js';
import type { ProviderSettings, TranslateSettings } from './settings.js';
import type { Translator } from './translator.js';

/** Builds the chain the settings describe. */
export function createTranslator(settings: TranslateSettings): Translator {
  const gloss = settings.gloss?.enabled === false ? null : new GlossTranslator({ dictDir: settings.gloss?.dictDir });
  const providers = settings.providers.map((p) => createProvider(p, settings.glossUnknownWords === false ? null : gloss));
  return new ChainTranslator(providers, new FallbackTranslator(gloss));
}

function createProvider(settings: ProviderSettings, gloss: GlossTranslator | null): Translator {
  switch (settings.kind) {
    case 'apertium': {
      const { kind: _, ...options } = settings;
      return new ApertiumTranslator({
        ...options,
        ...(gloss ? { lookupUnknown: (word: string, from: string, to: string) => lookupIfSupported(gloss, word, from, to) } : {}),
      });
    }
    case 'libretranslate':
      return new LibreTranslateTranslator(settings);
    case 'openai':
      return new OpenAiTranslator(settings);
    case 'deepl':
      return new DeepLTranslator(settings);
  }
}

function lookupIfSupported(gloss: GlossTranslator, word: string, from: string, to: string): string | undefined {
  return gloss.supports(from, to) ? gloss.glossWord(word, from, to) : undefined;
}
