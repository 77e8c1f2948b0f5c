// DeepL provider: POST /v2/translate with `DeepL-Auth-Key` (https://developers.deepl.com/docs/api-reference/translate).
import { UpstreamError } from '../../domain/index.js';
import { cleanText } from '../clean-text.js';
import { toLangCode } from '../lang-codes.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translator.js';
import { translateInBatches } from './batch-segments.js';
import { postJson } from '../../fetch/post-json.js';

export interface DeepLOptions {
  apiKey: string;
  /** Defaults to the free API for keys ending in ":fx", the paid one otherwise. */
  url?: string;
  timeoutMs?: number;
  maxRetryDelayMs?: number;
}

// Source languages DeepL documents; targets are the same plus regional English and Portuguese.
const LANGUAGES = new Set('ar bg cs da de el en es et fi fr hu id it ja ko lt lv nb nl pl pt ro ru sk sl sv tr uk zh'.split(' '));
// DeepL takes at most 50 texts per request.
const MAX_TEXTS = 50;

export class DeepLTranslator implements Translator {
  readonly name = 'deepl';

  constructor(private readonly options: DeepLOptions) {}

  supports(from: string, to: string): boolean {
    return LANGUAGES.has(toLangCode(from)) && LANGUAGES.has(toLangCode(to));
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const base = this.options.url ?? (this.options.apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
    const endpoint = new URL('v2/translate', base.endsWith('/') ? base : `${base}/`).toString();
    const segments = await translateInBatches(request.segments.map(cleanText), MAX_TEXTS, this.name, request.ref ?? null, async (text) => {
      const body = { text, source_lang: toLangCode(request.from).toUpperCase(), target_lang: targetCode(toLangCode(request.to)) };
      const response = await postJson(endpoint, body, {
        headers: { authorization: `DeepL-Auth-Key ${this.options.apiKey}` },
        timeoutMs: this.options.timeoutMs ?? 30_000,
        provider: this.name,
        maxRetryDelayMs: this.options.maxRetryDelayMs,
      });
      const list = (response as { translations?: unknown } | null)?.translations;
      if (!Array.isArray(list)) throw new UpstreamError('translate', 'deepl response has no translations list', endpoint, true);
      return list.map((t: unknown) => {
        const value = (t as { text?: unknown } | null)?.text;
        if (typeof value !== 'string') throw new UpstreamError('translate', 'deepl translation without text', endpoint, true);
        return value;
      });
    });
    return { segments, provider: this.name, quality: 'machine', path: [toLangCode(request.from), toLangCode(request.to)] };
  }
}

// Plain "EN" and "PT" are deprecated as targets.
function targetCode(code: string): string {
  if (code === 'en') return 'EN-US';
  if (code === 'pt') return 'PT-PT';
  return code.toUpperCase();
}
