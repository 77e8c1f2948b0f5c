// Wraps a translator with a cache keyed by (sha256 of text, from, to, provider): only misses are translated.
import { toLangCode } from './lang-codes.js';
import { hashText, type CacheKey, type CachedTranslation, type TranslationCache } from './translation-cache.js';
import type { ChainResult } from './chain-translator.js';
import type { TranslationQuality, TranslationRequest, TranslationResult, Translator } from './translator.js';

const RANK: Record<TranslationQuality, number> = { original: 0, gloss: 1, machine: 2 };

/**
 * Results that only stand in for a translation (the original text, or a fallback after a provider failed)
 * are not cached, so that they are tried again later. The cache's provider is the translator's name (the
 * chain), so that changing providers in the config does not serve old results under the new name.
 */
export function withCache(translator: Translator, cache: TranslationCache): Translator {
  return {
    name: translator.name,
    supports: (from, to) => translator.supports(from, to),
    close: () => translator.close?.() ?? Promise.resolve(),
    async translate(request: TranslationRequest): Promise<TranslationResult> {
      const from = toLangCode(request.from);
      const to = toLangCode(request.to);
      const keys: CacheKey[] = request.segments.map((s) => ({ textHash: hashText(s), from, to, provider: translator.name }));
      const cached = await cache.getMany(keys);
      const missing = request.segments.map((_, i) => i).filter((i) => cached[i] === undefined);
      let fresh: ChainResult | null = null;
      if (missing.length > 0) {
        fresh = await translator.translate({ ...request, from, to, segments: missing.map((i) => request.segments[i] ?? '') });
        const result = fresh;
        if (result.quality !== 'original' && !result.degraded) {
          await cache.setMany(
            missing.map((i, k) => ({
              key: keys[i] as CacheKey,
              value: { text: result.segments[k] ?? '', quality: result.quality, provider: result.provider, path: result.path },
            })),
          );
        }
      }
      const segments: string[] = [];
      const used: CachedTranslation[] = [];
      let k = 0;
      request.segments.forEach((_, i) => {
        const hit = cached[i];
        if (hit) {
          segments.push(hit.text);
          used.push(hit);
        } else {
          segments.push(fresh?.segments[k++] ?? '');
        }
      });
      const qualities = [...used.map((u) => u.quality), ...(fresh ? [fresh.quality] : [])];
      const quality = qualities.reduce<TranslationQuality>((a, b) => (RANK[b] < RANK[a] ? b : a), 'machine');
      const provider = fresh?.provider ?? used[0]?.provider ?? translator.name;
      const path = fresh?.path ?? used[0]?.path;
      return { segments, provider, quality, ...(path ? { path } : {}), ...(fresh?.degraded ? { degraded: fresh.degraded } : {}) };
    },
  };
}
