// A chain of providers: the first that supports the pair translates; on an upstream failure the next one tries.
import { UpstreamError, describeError } from '../domain/index.js';
import { toLangCode } from './lang-codes.js';
import type { TranslationRequest, TranslationResult, Translator } from './translator.js';

export interface ChainResult extends TranslationResult {
  /** Set when a provider that supports the pair failed and a later one (or the fallback) answered: worth retrying. */
  degraded?: string;
}

export class ChainTranslator implements Translator {
  readonly name: string;

  /** `last` answers whatever the pair (the gloss-or-original fallback). */
  constructor(
    private readonly providers: readonly Translator[],
    private readonly last: Translator,
  ) {
    this.name = [...providers.map((p) => p.name), last.name].join('>');
  }

  async supports(from: string, to: string): Promise<boolean> {
    for (const p of [...this.providers, this.last]) if (await p.supports(from, to)) return true;
    return false;
  }

  async translate(request: TranslationRequest): Promise<ChainResult> {
    const from = toLangCode(request.from);
    const to = toLangCode(request.to);
    if (from === to) return { segments: [...request.segments], provider: 'identity', quality: 'original', path: [from] };
    const failures: string[] = [];
    for (const provider of this.providers) {
      if (!(await provider.supports(from, to))) continue;
      try {
        const result = await provider.translate({ ...request, from, to });
        return failures.length > 0 ? { ...result, degraded: failures.join('; ') } : result;
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        failures.push(describeError(error));
      }
    }
    const result = await this.last.translate({ ...request, from, to });
    return failures.length > 0 ? { ...result, degraded: failures.join('; ') } : result;
  }

  async close(): Promise<void> {
    await Promise.all([...this.providers, this.last].map((p) => p.close?.() ?? Promise.resolve()));
  }
}
