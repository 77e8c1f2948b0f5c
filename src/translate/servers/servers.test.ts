// The server providers against local HTTP servers that follow each documented protocol, errors and limits included.
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../domain/index.js';
import { ChainTranslator } from '../chain-translator.js';
import { FallbackTranslator } from '../fallback-translator.js';
import { DeepLTranslator } from './deepl-translator.js';
import { LibreTranslateTranslator } from './libretranslate-translator.js';
import { sendJson, startLocalServer, type Handler, type LocalServer } from './local-server.js';
import { OpenAiTranslator, parseTranslations } from './openai-translator.js';
import { parseRetryAfter } from '../../fetch/post-json.js';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(handler: Handler): Promise<LocalServer> {
  server = await startLocalServer(handler);
  return server;
}

const isUpstream = (retryable: boolean, pattern: RegExp) => (e: unknown) =>
  e instanceof UpstreamError && e.retryable === retryable && pattern.test(e.message);

/** LibreTranslate's documented API: POST /translate {q, source, target, format, api_key} -> {translatedText}. */
const libreHandler: Handler = (req, res) => {
  if (req.method === 'GET' && req.url === '/languages') {
    sendJson(res, 200, [{ code: 'fr', name: 'French', targets: ['en', 'es'] }, { code: 'en', name: 'English', targets: ['fr'] }]);
    return;
  }
  const body = req.body as { q: string[]; api_key?: string };
  if (body.api_key !== 'secret') {
    sendJson(res, 403, { error: 'Invalid API key' });
    return;
  }
  sendJson(res, 200, { translatedText: body.q.map((q) => `[en] ${q}`) });
};

describe('LibreTranslate', () => {
  it('sends the documented request and reads the list of translations; empty segments stay empty', async () => {
    const s = await serve(libreHandler);
    const translator = new LibreTranslateTranslator({ url: s.url, apiKey: 'secret' });
    const result = await translator.translate({ segments: ['Bonjour', '', '<b>le</b> monde'], from: 'fra', to: 'en' });
    expect(result).toEqual({ segments: ['[en] Bonjour', '', '[en] le monde'], provider: 'libretranslate', quality: 'machine', path: ['fr', 'en'] });
    expect(s.requests[0]).toMatchObject({ method: 'POST', url: '/translate', body: { q: ['Bonjour', 'le monde'], source: 'fr', target: 'en', format: 'text', api_key: 'secret' } });
  });

  it('reads supported pairs from /languages', async () => {
    const s = await serve(libreHandler);
    const translator = new LibreTranslateTranslator({ url: `${s.url}/` });
    expect(await translator.supports('fr', 'es')).toBe(true);
    expect(await translator.supports('de', 'en')).toBe(false);
  });

  it('turns a refused key into a non-retryable error naming the status and message', async () => {
    const s = await serve(libreHandler);
    const translator = new LibreTranslateTranslator({ url: s.url, apiKey: 'wrong' });
    await expect(translator.translate({ segments: ['x'], from: 'fr', to: 'en' })).rejects.toSatisfy(isUpstream(false, /^translate: libretranslate answered 403: .*Invalid API key/u));
  });

  it('retries once after a short Retry-After on 429', async () => {
    const s = await serve((req, res, n) => (n === 1 ? sendJson(res, 429, { error: 'Too many requests' }, { 'retry-after': '1' }) : libreHandler(req, res, n)));
    const translator = new LibreTranslateTranslator({ url: s.url, apiKey: 'secret', maxRetryDelayMs: 2_000 });
    const started = Date.now();
    const result = await translator.translate({ segments: ['a'], from: 'fr', to: 'en' });
    expect(result.segments).toEqual(['[en] a']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(s.requests).toHaveLength(2);
  });

  it('gives up at once, retryable, when Retry-After is long', async () => {
    const s = await serve((_, res) => sendJson(res, 429, { error: 'slow down' }, { 'retry-after': '120' }));
    const translator = new LibreTranslateTranslator({ url: s.url });
    await expect(translator.translate({ segments: ['a'], from: 'fr', to: 'en' })).rejects.toSatisfy(isUpstream(true, /rate limit \(429\), retry after 120 s/u));
    expect(s.requests).toHaveLength(1);
  });

  it('times out, retryable, when the server does not answer', async () => {
    const s = await serve(() => undefined);
    const translator = new LibreTranslateTranslator({ url: s.url, timeoutMs: 200 });
    await expect(translator.translate({ segments: ['a'], from: 'fr', to: 'en' })).rejects.toSatisfy(isUpstream(true, /timed out after 200 ms/u));
  });

  it('rejects a wrong number of translations and a response of the wrong shape', async () => {
    const s = await serve((req, res) => {
      const q = (req.body as { q: string[] }).q;
      sendJson(res, 200, q.length > 1 ? { translatedText: ['only one'] } : { translation: 'x' });
    });
    const translator = new LibreTranslateTranslator({ url: s.url });
    await expect(translator.translate({ segments: ['a', 'b'], from: 'fr', to: 'en', ref: 'article-7' })).rejects.toSatisfy(
      isUpstream(true, /returned 1 translations for 2 segments \(article-7\)/u),
    );
    await expect(translator.translate({ segments: ['a'], from: 'fr', to: 'en' })).rejects.toSatisfy(isUpstream(true, /no translatedText/u));
  });
});

describe('OpenAI-compatible chat', () => {
  it('asks for a JSON array and parses the answer even inside a code fence', async () => {
    const s = await serve((req, res) => {
      const body = req.body as { messages: { role: string; content: string }[] };
      const input = JSON.parse(body.messages[1]?.content ?? '[]') as string[];
      const content = 'Here you are:\n```json\n' + JSON.stringify(input.map((t) => `EN(${t})`)) + '\n```';
      sendJson(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content } }] });
    });
    const translator = new OpenAiTranslator({ baseUrl: `${s.url}/v1/`, model: 'llama3', apiKey: 'sk-test' });
    const result = await translator.translate({ segments: ['Hallo', 'Welt'], from: 'de', to: 'en' });
    expect(result).toMatchObject({ segments: ['EN(Hallo)', 'EN(Welt)'], provider: 'openai:llama3', quality: 'machine' });
    const request = s.requests[0];
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({ model: 'llama3', temperature: 0 });
    expect(JSON.stringify(request?.body)).toMatch(/from German to English.*JSON array/u);
  });

  it('fails on a wrong count, on prose, and on a server error', async () => {
    const s = await serve((req, res, n) => {
      if (n === 1) sendJson(res, 200, { choices: [{ message: { content: '["just one"]' } }] });
      else if (n === 2) sendJson(res, 200, { choices: [{ message: { content: 'I cannot translate that.' } }] });
      else sendJson(res, 500, { error: { message: 'model not loaded' } });
    });
    const translator = new OpenAiTranslator({ baseUrl: s.url, model: 'm' });
    const request = { segments: ['a', 'b'], from: 'fr', to: 'en' };
    await expect(translator.translate(request)).rejects.toSatisfy(isUpstream(true, /returned 1 translations for 2/u));
    await expect(translator.translate(request)).rejects.toSatisfy(isUpstream(true, /did not answer with a JSON array/u));
    await expect(translator.translate(request)).rejects.toSatisfy(isUpstream(true, /answered 500: .*model not loaded/u));
  });

  it('parses arrays wrapped in an object', () => {
    expect(parseTranslations('{"translations": ["a", "b"]}', 'u', 'p')).toEqual(['a', 'b']);
  });
});

describe('DeepL', () => {
  /** DeepL's documented API: POST /v2/translate, `Authorization: DeepL-Auth-Key`, {text[], target_lang}. */
  const deeplHandler: Handler = (req, res) => {
    if (req.headers.authorization !== 'DeepL-Auth-Key good:fx') {
      sendJson(res, 403, { message: 'Wrong endpoint or key' });
      return;
    }
    const body = req.body as { text: string[]; source_lang: string; target_lang: string };
    sendJson(res, 200, { translations: body.text.map((t) => ({ detected_source_language: body.source_lang, text: `${body.target_lang}:${t}` })) });
  };

  it('sends the key header, the texts and a regional English target', async () => {
    const s = await serve(deeplHandler);
    const translator = new DeepLTranslator({ url: s.url, apiKey: 'good:fx' });
    const result = await translator.translate({ segments: ['Guten Tag', ''], from: 'de', to: 'en' });
    expect(result.segments).toEqual(['EN-US:Guten Tag', '']);
    expect(s.requests[0]).toMatchObject({ url: '/v2/translate', body: { text: ['Guten Tag'], source_lang: 'DE', target_lang: 'EN-US' } });
    expect(translator.supports('de', 'en')).toBe(true);
    expect(translator.supports('ca', 'en')).toBe(false);
  });

  it('treats a refused key as final and an overloaded server as retryable', async () => {
    const s = await serve((req, res, n) => (n === 1 ? deeplHandler(req, res, n) : sendJson(res, 503, { message: 'Service unavailable' })));
    const bad = new DeepLTranslator({ url: s.url, apiKey: 'bad' });
    await expect(bad.translate({ segments: ['a'], from: 'de', to: 'en' })).rejects.toSatisfy(isUpstream(false, /deepl answered 403/u));
    const good = new DeepLTranslator({ url: s.url, apiKey: 'good:fx' });
    await expect(good.translate({ segments: ['a'], from: 'de', to: 'en' })).rejects.toSatisfy(isUpstream(true, /deepl answered 503/u));
  });
});

describe('provider chain over HTTP', () => {
  it('falls back from a server that is down to one that answers', async () => {
    const s = await serve(deeplHandler());
    const down = new LibreTranslateTranslator({ url: 'http://127.0.0.1:9', timeoutMs: 2_000 });
    const chain = new ChainTranslator([down, new DeepLTranslator({ url: s.url, apiKey: 'k' })], new FallbackTranslator(null));
    const result = await chain.translate({ segments: ['Bonjour'], from: 'fr', to: 'en' });
    expect(result).toMatchObject({ segments: ['EN-US:Bonjour'], provider: 'deepl' });
    expect(result.degraded).toMatch(/libretranslate unreachable/u);
  });

  function deeplHandler(): Handler {
    return (req, res) => sendJson(res, 200, { translations: (req.body as { text: string[] }).text.map((t) => ({ text: `EN-US:${t}` })) });
  }
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
