// The provider chain, the cache wrapper and text preparation, with fake providers.
import { describe, expect, it } from 'vitest';
import { InternalError, UpstreamError } from '../domain/index.js';
import { ChainTranslator, type ChainResult } from './chain-translator.js';
import { cleanText } from './clean-text.js';
import { createTranslator } from './create-translator.js';
import { FallbackTranslator } from './fallback-translator.js';
import { chunkParagraph, splitParagraphs, splitSentences } from './split-text.js';
import { MemoryTranslationCache, hashText } from './translation-cache.js';
import type { TranslationRequest, TranslationResult, Translator } from './translator.js';
import { withCache } from './with-cache.js';

/** A fake provider: upper-cases text for the pairs it knows, or fails as told. */
function fake(name: string, pairs: string[], fail?: () => Error): Translator & { calls: TranslationRequest[] } {
  const calls: TranslationRequest[] = [];
  return {
    name,
    calls,
    supports: (from, to) => pairs.includes(`${from}>${to}`),
    translate(request): Promise<TranslationResult> {
      calls.push(request);
      if (fail) return Promise.reject(fail());
      return Promise.resolve({ segments: request.segments.map((s) => `${name}:${s.toUpperCase()}`), provider: name, quality: 'machine', path: [request.from, request.to] });
    },
  };
}

const glossFake: Translator = {
  name: 'gloss',
  supports: (from, to) => from === 'de' && to === 'en',
  translate: (r) => Promise.resolve({ segments: r.segments.map((s) => `gloss(${s})`), provider: 'gloss', quality: 'gloss', path: [r.from, r.to] }),
};

describe('ChainTranslator', () => {
  it('uses the first provider that supports the pair, with codes normalised', async () => {
    const a = fake('a', ['fr>en']);
    const b = fake('b', ['es>en', 'fr>en']);
    const chain = new ChainTranslator([a, b], new FallbackTranslator(glossFake));
    expect((await chain.translate({ segments: ['hola'], from: 'spa', to: 'eng' })).segments).toEqual(['b:HOLA']);
    expect((await chain.translate({ segments: ['salut'], from: 'fr', to: 'en' })).provider).toBe('a');
    expect(b.calls).toHaveLength(1);
  });

  it('falls back to the next provider on an upstream failure and says so', async () => {
    const down = fake('down', ['fr>en'], () => new UpstreamError('translate', 'down answered 503', 'http://x', true));
    const chain = new ChainTranslator([down, fake('b', ['fr>en'])], new FallbackTranslator(null));
    const result: ChainResult = await chain.translate({ segments: ['salut'], from: 'fr', to: 'en' });
    expect(result.segments).toEqual(['b:SALUT']);
    expect(result.degraded).toContain('down answered 503');
  });

  it('ends with the gloss, then the original text, labelled', async () => {
    const chain = new ChainTranslator([fake('a', ['fr>en'])], new FallbackTranslator(glossFake));
    expect(await chain.translate({ segments: ['Haus'], from: 'de', to: 'en' })).toMatchObject({ segments: ['gloss(Haus)'], quality: 'gloss' });
    expect(await chain.translate({ segments: ['日本'], from: 'ja', to: 'en' })).toMatchObject({ segments: ['日本'], quality: 'original', provider: 'original' });
    expect(await chain.translate({ segments: ['same'], from: 'en', to: 'en' })).toMatchObject({ segments: ['same'], provider: 'identity' });
  });

  it('does not hide bugs: errors other than upstream ones propagate', async () => {
    const broken = fake('broken', ['fr>en'], () => new InternalError('translate', 'bug'));
    const chain = new ChainTranslator([broken, fake('b', ['fr>en'])], new FallbackTranslator(null));
    await expect(chain.translate({ segments: ['x'], from: 'fr', to: 'en' })).rejects.toBeInstanceOf(InternalError);
  });

  it('is built from settings by createTranslator', async () => {
    const translator = createTranslator({ providers: [{ kind: 'libretranslate', url: 'http://127.0.0.1:9' }, { kind: 'deepl', apiKey: 'k:fx' }], gloss: { enabled: false } });
    expect(translator.name).toBe('libretranslate>deepl>fallback');
    expect(await translator.supports('xx', 'yy')).toBe(true);
    await translator.close?.();
  });
});

describe('withCache', () => {
  it('translates only what is not cached, keyed by text hash, pair and translator', async () => {
    const provider = fake('p', ['fr>en']);
    const cache = new MemoryTranslationCache();
    const cached = withCache(provider, cache);
    await cached.translate({ segments: ['un', 'deux'], from: 'fr', to: 'en' });
    const second = await cached.translate({ segments: ['deux', 'trois', 'un'], from: 'fra', to: 'en' });
    expect(second.segments).toEqual(['p:DEUX', 'p:TROIS', 'p:UN']);
    expect(provider.calls.map((c) => c.segments)).toEqual([['un', 'deux'], ['trois']]);
    expect(cache.size).toBe(3);
    const [hit] = await cache.getMany([{ textHash: hashText('un'), from: 'fr', to: 'en', provider: 'p' }]);
    expect(hit).toMatchObject({ text: 'p:UN', quality: 'machine', provider: 'p' });
    // Nothing left to translate: no call at all.
    await cached.translate({ segments: ['un'], from: 'fr', to: 'en' });
    expect(provider.calls).toHaveLength(2);
  });

  it('does not cache untranslated or degraded results', async () => {
    const cache = new MemoryTranslationCache();
    const down = fake('down', ['fr>en'], () => new UpstreamError('translate', 'down', null, true));
    const chain = withCache(new ChainTranslator([down], new FallbackTranslator(glossFake)), cache);
    const result = await chain.translate({ segments: ['salut'], from: 'fr', to: 'en' });
    expect(result.quality).toBe('original');
    await chain.translate({ segments: ['Haus'], from: 'de', to: 'en' });
    expect(cache.size).toBe(1);
  });
});

describe('text preparation', () => {
  it('removes markup and control characters, keeps paragraphs', () => {
    expect(cleanText('<p>Un&nbsp;<b>texte</b>\u0007 &amp; plus</p><p>Deux\u200B</p><script>x()</script>')).toBe('Un texte & plus\n\nDeux');
    expect(splitParagraphs('a\nb\n\n\nc')).toEqual(['a b', 'c']);
  });

  it('splits sentences but not after initials, and bounds chunk length', () => {
    expect(splitSentences('M. Dupont est venu. Il a parlé! « Oui », dit-il.')).toEqual(['M. Dupont est venu.', 'Il a parlé!', '« Oui », dit-il.']);
    const chunks = chunkParagraph(Array.from({ length: 50 }, (_, i) => `Phrase numéro ${i}.`).join(' '), 100);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(100);
    expect(chunks.join(' ')).toContain('Phrase numéro 49.');
    expect(chunkParagraph('x'.repeat(250), 100).map((c) => c.length)).toEqual([100, 100, 50]);
  });
});
