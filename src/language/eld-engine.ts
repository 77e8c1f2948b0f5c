// eld (Efficient Language Detector, 60 languages, pure JavaScript): the alternative engine and cross-check.
import type { LangCode } from '../domain/index.js';
import { UpstreamError, describeError } from '../domain/index.js';
import type { LanguageEngine, RankedLanguage } from './engine.js';
import { mergeRanked } from './engine.js';
import { normalizeLanguageCode } from './normalize-language-code.js';

/** eld's `ku` is "Kurdish (Arabic)", i.e. Sorani written in Arabic script: ISO `ckb`, not `ku` (Kurmanji). */
const eldCodeFixes: Readonly<Record<string, string>> = { ku: 'ckb' };

let loading: Promise<LanguageEngine> | null = null;

/** Loads eld's large n-gram database once per process (about 1.5 s and 140 MB), on first use only. */
export function loadEldEngine(): Promise<LanguageEngine> {
  loading ??= loadDatabase().catch((error: unknown) => {
    loading = null;
    throw new UpstreamError('language', `could not load the eld database: ${describeError(error)}`, 'eld/large', false, {
      cause: error,
    });
  });
  return loading;
}

/** Our code for an eld answer (ISO 639-1), or null for its empty "no language" answer. */
export function codeOfEldLanguage(code: string): LangCode | null {
  return code === '' ? null : normalizeLanguageCode(eldCodeFixes[code] ?? code);
}

async function loadDatabase(): Promise<LanguageEngine> {
  // Imported here, not at the top, so that using fastText never pays for eld's database.
  const { eld } = await import('eld/large');
  const languages = Object.values(eld.info().Languages).map((code) => {
    const language = codeOfEldLanguage(code);
    if (!language) throw new Error(`no language code for eld language ${code}`);
    return language;
  });
  return {
    name: 'eld',
    languages: [...new Set(languages)].sort(),
    rank(text: string, limit: number): RankedLanguage[] {
      const result = eld.detect(text);
      if (result.language === '') return [];
      // eld's scores are n-gram hit rates squashed into 0..1, not probabilities: the winner
      // scores about 0.7-0.85 whether eld is right or not (on NTREX sentences it is right ~98% of
      // the time). Its own reliability check is the better signal, so an answer eld calls
      // unreliable has its score halved, which puts it under the detector's threshold.
      const damping = result.isReliable() ? 1 : 0.5;
      const ranked: RankedLanguage[] = [];
      for (const [code, score] of Object.entries(result.getScores())) {
        const language = codeOfEldLanguage(code);
        if (language) ranked.push({ language, score: score * damping });
      }
      const merged = mergeRanked(ranked);
      return limit < 0 ? merged : merged.slice(0, limit);
    },
  };
}
