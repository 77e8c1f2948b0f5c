// The translation settings config builds (from env vars): providers in order, with their options.
import type { ApertiumOptions } from './apertium/apertium-translator.js';
import type { GlossOptions } from './gloss/gloss-translator.js';
import type { DeepLOptions } from './servers/deepl-translator.js';
import type { LibreTranslateOptions } from './servers/libretranslate-translator.js';
import type { OpenAiOptions } from './servers/openai-translator.js';

export type ProviderSettings =
  | ({ kind: 'apertium' } & Omit<ApertiumOptions, 'lookupUnknown'>)
  | ({ kind: 'libretranslate' } & LibreTranslateOptions)
  | ({ kind: 'openai' } & OpenAiOptions)
  | ({ kind: 'deepl' } & DeepLOptions);

export interface TranslateSettings {
  /** Tried in order: the first that supports the pair; the next when it fails. */
  providers: ProviderSettings[];
  /** The last resort for pairs no provider covers (or when all fail): a dictionary gloss, else the original. */
  gloss?: { enabled: boolean } & GlossOptions;
  /** Let Apertium look up the words it does not know in the gloss dictionaries. */
  glossUnknownWords?: boolean;
}

/** Offline default: Apertium, then the gloss. */
export const defaultTranslateSettings: TranslateSettings = {
  providers: [{ kind: 'apertium' }],
  gloss: { enabled: true },
  glossUnknownWords: true,
};
