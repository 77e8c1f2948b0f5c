// Embedding stage: sentence vectors of English pivot texts for the optional dense clustering signal.
export type { Embedder } from './embedder.js';
export { createEmbedder } from './create-embedder.js';
export type { EmbedderSettings } from './create-embedder.js';
export { UseLiteEmbedder } from './use-lite-embedder.js';
export { OpenAiEmbedder } from './openai-embedder.js';
export type { OpenAiEmbedderOptions } from './openai-embedder.js';
export { FakeEmbedder } from './fake-embedder.js';
export { denseText } from './dense-text.js';
export { cosine, packVector, toUnitLength, unpackVector } from './vector-math.js';
