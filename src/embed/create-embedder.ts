// Picks the embedder once at start-up from settings: the packaged USE-lite model or an OpenAI-compatible endpoint.
import type { Embedder } from './embedder.js';
import { OpenAiEmbedder } from './openai-embedder.js';
import { UseLiteEmbedder } from './use-lite-embedder.js';

export type EmbedderSettings =
  | { readonly kind: 'use-lite' }
  | {
      readonly kind: 'openai';
      readonly baseUrl: string;
      readonly model: string;
      readonly apiKey?: string;
      readonly dimensions?: number;
      readonly timeoutMs: number;
    };

export function createEmbedder(settings: EmbedderSettings): Embedder {
  if (settings.kind === 'use-lite') return new UseLiteEmbedder();
  return new OpenAiEmbedder(settings);
}
