// The OpenAI-compatible embeddings provider against a local server following the documented protocol (POST /v1/embeddings).
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../domain/index.js';
import { sendJson, startLocalServer, type Handler, type LocalServer } from '../translate/servers/local-server.js';
import { OpenAiEmbedder } from './openai-embedder.js';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(handler: Handler): Promise<LocalServer> {
  server = await startLocalServer(handler);
  return server;
}

const isUpstream = (retryable: boolean, pattern: RegExp) => (e: unknown) => e instanceof UpstreamError && e.retryable === retryable && pattern.test(e.message);

/** Answers like the OpenAI API: one `{object, index, embedding}` per input, in reverse order to check that `index` is honoured. */
const embeddings: Handler = (req, res) => {
  const body = req.body as { input: string[]; model: string };
  if (req.headers.authorization !== 'Bearer sk-test') {
    sendJson(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    return;
  }
  const data = body.input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index, 1] })).reverse();
  sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 3, total_tokens: 3 } });
};

describe('OpenAiEmbedder', () => {
  it('sends the documented request and puts the vectors back in input order', async () => {
    const s = await serve(embeddings);
    const embedder = new OpenAiEmbedder({ baseUrl: `${s.url}/v1/`, model: 'text-embedding-3-small', apiKey: 'sk-test' });
    expect(embedder.dimensions).toBeNull();
    const vectors = await embedder.embed(['a', 'bbb']);
    expect(vectors.map((v) => [...v])).toEqual([
      [1, 0, 1],
      [3, 1, 1],
    ]);
    expect(embedder.dimensions).toBe(3);
    expect(embedder.name).toBe('openai:text-embedding-3-small');
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/v1/embeddings', body: { model: 'text-embedding-3-small', input: ['a', 'bbb'], encoding_format: 'float' } });
  });

  it('splits large inputs into batches and sends dimensions when configured', async () => {
    const s = await serve(embeddings);
    const embedder = new OpenAiEmbedder({ baseUrl: `${s.url}/v1`, model: 'm', apiKey: 'sk-test', batchSize: 2, dimensions: 3 });
    expect(await embedder.embed(['a', 'b', 'c'])).toHaveLength(3);
    expect(s.requests.map((r) => (r.body as { input: string[]; dimensions: number }).input)).toEqual([['a', 'b'], ['c']]);
    expect((s.requests[0]?.body as { dimensions: number }).dimensions).toBe(3);
  });

  it('turns a refused key into a non-retryable error naming the stage, status and message', async () => {
    const s = await serve(embeddings);
    const embedder = new OpenAiEmbedder({ baseUrl: `${s.url}/v1`, model: 'm', apiKey: 'wrong' });
    await expect(embedder.embed(['x'])).rejects.toSatisfy(isUpstream(false, /^embed: openai:m answered 401: .*Incorrect API key/u));
  });

  it('waits a short Retry-After once on 429, then succeeds', async () => {
    const s = await serve((req, res, count) => {
      if (count === 1) sendJson(res, 429, { error: { message: 'Rate limit reached' } }, { 'retry-after': '0.05' });
      else embeddings(req, res, count);
    });
    const embedder = new OpenAiEmbedder({ baseUrl: `${s.url}/v1`, model: 'm', apiKey: 'sk-test' });
    expect(await embedder.embed(['x'])).toHaveLength(1);
    expect(s.requests).toHaveLength(2);
  });

  it('fails at once, retryable, when Retry-After is longer than it will wait', async () => {
    const s = await serve((_req, res) => sendJson(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '120' }));
    const embedder = new OpenAiEmbedder({ baseUrl: `${s.url}/v1`, model: 'm', apiKey: 'sk-test' });
    await expect(embedder.embed(['x'])).rejects.toSatisfy(isUpstream(true, /rate limit \(429\), retry after 120 s/u));
    expect(s.requests).toHaveLength(1);
  });

  it('times out a server that does not answer, as a retryable error', async () => {
    await serve(() => undefined);
    const embedder = new OpenAiEmbedder({ baseUrl: `${server?.url ?? ''}/v1`, model: 'm', timeoutMs: 100 });
    await expect(embedder.embed(['x'])).rejects.toSatisfy(isUpstream(true, /timed out after 100 ms/u));
  });

  it('treats server errors as retryable and a wrong number of vectors or dimensions as errors', async () => {
    let s = await serve((_req, res) => sendJson(res, 503, { error: 'overloaded' }));
    await expect(new OpenAiEmbedder({ baseUrl: s.url, model: 'm' }).embed(['x'])).rejects.toSatisfy(isUpstream(true, /answered 503/u));
    await s.close();
    s = await serve((_req, res) => sendJson(res, 200, { data: [{ index: 0, embedding: [1, 2] }] }));
    await expect(new OpenAiEmbedder({ baseUrl: s.url, model: 'm' }).embed(['x', 'y'])).rejects.toSatisfy(isUpstream(true, /returned 1 embeddings for 2 texts/u));
    await expect(new OpenAiEmbedder({ baseUrl: s.url, model: 'm', dimensions: 3 }).embed(['x'])).rejects.toSatisfy(isUpstream(false, /returned 2 dimensions, expected 3/u));
    await s.close();
    s = await serve((_req, res) => sendJson(res, 200, { data: [{ index: 0, embedding: ['1'] }] }));
    await expect(new OpenAiEmbedder({ baseUrl: s.url, model: 'm' }).embed(['x'])).rejects.toSatisfy(isUpstream(false, /not a list of numbers/u));
    server = s;
  });

  it('rejects a base URL that is not HTTP and an empty model, naming the input', () => {
    expect(() => new OpenAiEmbedder({ baseUrl: 'localhost:11434', model: 'm' })).toThrow(/embed: base URL must start with http/u);
    expect(() => new OpenAiEmbedder({ baseUrl: 'http://x', model: ' ' })).toThrow(/embed: an embeddings model name is required/u);
  });
});
