// An OpenAI-compatible embeddings endpoint (POST {baseUrl}/embeddings): OpenAI, Ollama, vLLM, llama.cpp server, LocalAI.
import { UpstreamError } from '../domain/index.js';
import { postJson } from '../fetch/post-json.js';
import type { Embedder } from './embedder.js';

export interface OpenAiEmbedderOptions {
  /** Base URL including the version, e.g. `https://api.openai.com/v1` or `http://localhost:11434/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /** Expected vector length; when given it is also sent as `dimensions` (models that can shorten their vectors do). */
  dimensions?: number | null;
  timeoutMs?: number;
  /** Texts per request. */
  batchSize?: number;
  /** A 429 whose Retry-After is at most this long is retried once after waiting; a longer one fails at once (retryable). */
  maxRetryDelayMs?: number;
}

interface EmbeddingsResponse {
  data?: Array<{ embedding?: unknown; index?: unknown }>;
}

export class OpenAiEmbedder implements Embedder {
  readonly name: string;
  private knownDimensions: number | null;
  private readonly url: string;

  constructor(private readonly options: OpenAiEmbedderOptions) {
    if (!/^https?:\/\//u.test(options.baseUrl)) throw new Error(`embed: base URL must start with http:// or https://, got ${JSON.stringify(options.baseUrl)}`);
    if (options.model.trim() === '') throw new Error('embed: an embeddings model name is required');
    this.url = `${options.baseUrl.replace(/\/+$/u, '')}/embeddings`;
    this.name = `openai:${options.model}`;
    this.knownDimensions = options.dimensions ?? null;
  }

  get dimensions(): number | null {
    return this.knownDimensions;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const size = this.options.batchSize ?? 64;
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += size) out.push(...(await this.embedBatch(texts.slice(i, i + size))));
    return out;
  }

  private async embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const body: Record<string, unknown> = { model: this.options.model, input: texts, encoding_format: 'float' };
    if (this.options.dimensions) body.dimensions = this.options.dimensions;
    const json = (await this.post(body)) as EmbeddingsResponse;
    if (!Array.isArray(json.data) || json.data.length !== texts.length) {
      throw new UpstreamError('embed', `${this.name} returned ${Array.isArray(json.data) ? json.data.length : 'no'} embeddings for ${texts.length} texts`, this.url, true);
    }
    const out = new Array<Float32Array>(texts.length);
    json.data.forEach((item, position) => {
      const index = typeof item.index === 'number' ? item.index : position;
      const v = item.embedding;
      if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        throw new UpstreamError('embed', `${this.name} returned an embedding that is not a list of numbers (item ${position})`, this.url, false);
      }
      this.knownDimensions ??= v.length;
      if (v.length !== this.knownDimensions) {
        throw new UpstreamError('embed', `${this.name} returned ${v.length} dimensions, expected ${this.knownDimensions}`, this.url, false);
      }
      if (index < 0 || index >= texts.length || out[index]) throw new UpstreamError('embed', `${this.name} returned a bad or repeated index ${index}`, this.url, false);
      out[index] = Float32Array.from(v as number[]);
    });
    return out;
  }

  private post(body: unknown): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    return postJson(this.url, body, {
      stage: 'embed',
      provider: this.name,
      headers,
      timeoutMs: this.options.timeoutMs ?? 30_000,
      maxRetryDelayMs: this.options.maxRetryDelayMs ?? 2_000,
    });
  }
}
