// LibreTranslate provider: POST /translate with a list of texts (https://libretranslate.com/docs).
import { UpstreamError } from '../../domain/index.js';
import { cleanText } from '../clean-text.js';
import { toLangCode } from '../lang-codes.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translator.js';
import { translateInBatches } from './batch-segments.js';
import { postJson } from '../../fetch/post-json.js';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
  timeoutMs?: number;
  batchSize?: number;
  maxRetryDelayMs?: number;
}

export class LibreTranslateTranslator implements Translator {
  readonly name = 'libretranslate';
  private languages: Promise<Map<string, Set<string>> | null> | null = null;

  constructor(private readonly options: LibreTranslateOptions) {}

  async supports(from: string, to: string): Promise<boolean> {
    this.languages ??= this.fetchLanguages();
    const languages = await this.languages;
    // When the list cannot be had, try anyway: a failure falls through to the next provider.
    if (!languages) return true;
    return languages.get(toLangCode(from))?.has(toLangCode(to)) ?? false;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const endpoint = new URL('translate', withSlash(this.options.url)).toString();
    const segments = await translateInBatches(
      request.segments.map(cleanText),
      this.options.batchSize ?? 25,
      this.name,
      request.ref ?? null,
      async (q) => {
        const body = { q, source: toLangCode(request.from), target: toLangCode(request.to), format: 'text', ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}) };
        const response = await postJson(endpoint, body, { timeoutMs: this.options.timeoutMs ?? 30_000, provider: this.name, maxRetryDelayMs: this.options.maxRetryDelayMs });
        return readTranslations(response, endpoint);
      },
    );
    return { segments, provider: this.name, quality: 'machine', path: [toLangCode(request.from), toLangCode(request.to)] };
  }

  private async fetchLanguages(): Promise<Map<string, Set<string>> | null> {
    try {
      const response = await fetch(new URL('languages', withSlash(this.options.url)), { signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
      if (!response.ok) return null;
      const list = (await response.json()) as { code?: unknown; targets?: unknown }[];
      const map = new Map<string, Set<string>>();
      for (const l of Array.isArray(list) ? list : []) {
        if (typeof l.code !== 'string') continue;
        const targets = Array.isArray(l.targets) ? l.targets.filter((t): t is string => typeof t === 'string') : [];
        map.set(l.code, new Set(targets));
      }
      return map;
    } catch {
      this.languages = null;
      return null;
    }
  }
}

function readTranslations(response: unknown, endpoint: string): string[] {
  const translated = (response as { translatedText?: unknown } | null)?.translatedText;
  if (typeof translated === 'string') return [translated];
  if (Array.isArray(translated) && translated.every((t) => typeof t === 'string')) return translated;
  throw new UpstreamError('translate', 'libretranslate response has no translatedText list', endpoint, true);
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
