// The end of every chain: a word-by-word gloss where a dictionary exists, else the original text, labelled so.
import type { TranslationRequest, TranslationResult, Translator } from './translator.js';

export class FallbackTranslator implements Translator {
  readonly name = 'fallback';

  constructor(private readonly gloss: Translator | null) {}

  supports(): boolean {
    return true;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    if (this.gloss && (await this.gloss.supports(request.from, request.to))) return this.gloss.translate(request);
    return { segments: [...request.segments], provider: 'original', quality: 'original', path: [request.from] };
  }

  async close(): Promise<void> {
    await this.gloss?.close?.();
  }
}
