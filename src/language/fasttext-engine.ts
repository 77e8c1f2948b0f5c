// fastText lid.176 (176 languages) through fasttext.wasm.js, which ships the model and the WebAssembly build.
import type { LangCode } from '../domain/index.js';
import { UpstreamError, describeError } from '../domain/index.js';
import type { LanguageEngine, RankedLanguage } from './engine.js';
import { mergeRanked } from './engine.js';
import { loadLidModel, readLidLabels } from './load-lid-model.js';
import { normalizeLanguageCode } from './normalize-language-code.js';

/**
 * lid.176 labels are Wikipedia language codes. Where one means something else in ISO 639 it is
 * fixed here, before normalisation: Wikipedia `als` is Alemannic (ISO `gsw`), while ISO `als`
 * is Tosk Albanian. (`bh`, the Bihari Wikipedia written in Bhojpuri, already becomes `bho`.)
 */
const wikipediaLabelFixes: Readonly<Record<string, string>> = { als: 'gsw' };

let loading: Promise<LanguageEngine> | null = null;

/** Loads the model once per process; later calls share it. */
export function loadFastTextEngine(): Promise<LanguageEngine> {
  loading ??= loadModel().catch((error: unknown) => {
    loading = null;
    throw new UpstreamError('language', `could not load the fastText model: ${describeError(error)}`, 'lid.176.ftz', false, {
      cause: error,
    });
  });
  return loading;
}

/** Our code for a fastText label (`__label__fr` -> `fr`), or null for a label we cannot place. */
export function codeOfFastTextLabel(label: string): LangCode | null {
  const raw = label.replace(/^__label__/, '');
  return normalizeLanguageCode(wikipediaLabelFixes[raw] ?? raw);
}

async function loadModel(): Promise<LanguageEngine> {
  const model = await loadLidModel();
  const codes = new Map<string, LangCode>();
  for (const label of readLidLabels(model)) {
    const code = codeOfFastTextLabel(label);
    if (!code) throw new Error(`no language code for fastText label ${label}`);
    codes.set(label, code);
  }
  const languages = [...new Set(codes.values())].sort();
  return {
    name: 'fasttext',
    languages,
    rank(text: string, limit: number): RankedLanguage[] {
      const vector = model.predict(text, limit, 0);
      const ranked: RankedLanguage[] = [];
      try {
        for (let i = 0; i < vector.size(); i++) {
          const [probability, label] = vector.get(i);
          const language = codes.get(label);
          if (language) ranked.push({ language, score: probability });
        }
      } finally {
        // The vector lives on the WebAssembly heap: without this every call would leak it.
        vector.delete();
      }
      return mergeRanked(ranked);
    },
  };
}
