// The Embedder interface: a batch of English texts in, one dense vector per text out.

/** A sentence encoder, local or reached over HTTP; chosen once at start-up by createEmbedder. */
export interface Embedder {
  /** Provider and model, e.g. `use-lite` or `openai:text-embedding-3-small`: vectors of two names never compare. */
  readonly name: string;
  /** Length of every vector; null until an endpoint that was not told it has answered once. */
  readonly dimensions: number | null;
  /** One vector per text, in order. Throws UpstreamError (stage `embed`) when the provider fails. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  close?(): Promise<void>;
}
