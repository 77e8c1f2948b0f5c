// Runs the real Apertium installed on the machine (Debian packages apertium, apertium-fra-cat, apertium-eng-cat,
// apertium-eng-spa); skipped with a message when it is not installed.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../domain/index.js';
import { createTranslator } from '../create-translator.js';
import { defaultTranslateSettings } from '../settings.js';
import { ApertiumTranslator } from './apertium-translator.js';
import { discoverPairs } from './discover-pairs.js';

const installed = spawnSync('bash', ['-c', 'command -v apertium && command -v apertium-wblank-mode'], { encoding: 'utf8' }).status === 0;
const pairs = installed ? await discoverPairs() : [];
const has = (...modes: string[]): boolean => modes.every((m) => pairs.some((p) => p.mode === m));
if (!installed) console.warn('translate: apertium is not installed (apt-get install apertium apertium-eng-spa apertium-fra-cat apertium-eng-cat); integration tests skipped');

describe.skipIf(!installed || !has('spa-eng', 'fra-cat', 'cat-eng'))('Apertium, for real', () => {
  const translator = new ApertiumTranslator();
  afterAll(() => translator.close());

  it('translates French news into English through Catalan, keeping names, paragraphs and empty segments', async () => {
    const segments = [
      'Le président Emmanuel Macron a rencontré le chancelier Olaf Scholz mardi à Berlin.',
      '',
      'Les deux dirigeants ont promis une aide de 2,5 milliards d’euros.\n\nLe sommet reprendra jeudi.',
      'Consultez https://www.exemple.fr/article?id=42 pour les détails.',
    ];
    const result = await translator.translate({ segments, from: 'fr', to: 'en' });
    expect(result).toMatchObject({ provider: 'apertium', quality: 'machine', path: ['fr', 'ca', 'en'] });
    expect(result.segments).toHaveLength(4);
    const [first = '', empty, second = '', third = ''] = result.segments;
    expect(first).toMatch(/^The president Emmanuel Macron .*chancellor Olaf Scholz .*Tuesday.* Berlin\.$/u);
    expect(empty).toBe('');
    expect(second.split('\n\n')).toHaveLength(2);
    expect(second).toMatch(/2\.5 billion/u);
    expect(second).toMatch(/Thursday/u);
    expect(third).toContain('https://www.exemple.fr/article?id=42');
    expect(result.segments.join(' ')).not.toMatch(/[*#@]\p{L}/u);
  });

  it('gives Spanish a speaker, plural possessors, English percentages and "the US"', async () => {
    const result = await translator.translate({
      segments: ['"Es un gran problema", dijo.', 'Los consumidores deben poder elegir a sus proveedores.', 'Un 58 % de los votantes pidió a EE. UU. que no intervenga.'],
      from: 'es',
      to: 'en',
    });
    const [said = '', their = '', percent = ''] = result.segments;
    // Raw spa-eng: '"It is a big problem", said.', '... choose to his providers.', 'A 58 % of the voters asked to *EE. *UU. That ...'.
    expect(said).toBe('"It is a big problem," he said.');
    expect(their).toMatch(/\btheir providers\b/u);
    expect(percent).toMatch(/^58 percent of the voters asked to the US that\b/u);
  });

  it('translates Spanish directly, strips unknown-word marks, keeps the order of many segments', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `El ministro Xabiertxu Gorostiaga habló con ${i + 1} periodistas en Madrid.`);
    const result = await translator.translate({ segments: lines, from: 'es', to: 'en' });
    expect(result.path).toEqual(['es', 'en']);
    expect(result.segments).toHaveLength(30);
    result.segments.forEach((s, i) => {
      expect(s).toContain('Xabiertxu Gorostiaga');
      expect(s).toContain(` ${i + 1} `);
      expect(s).toMatch(/minister/u);
      expect(s).not.toContain('*');
    });
  });

  it('gives the same output in one-shot batch mode, and cuts long texts into chunks', async () => {
    const batch = new ApertiumTranslator({ mode: 'batch', maxChunkChars: 120 });
    const sentence = 'La inflación bajó en marzo, según el Banco de España.';
    const long = Array.from({ length: 12 }, () => sentence).join(' ');
    const [pooled, oneShot] = await Promise.all([
      translator.translate({ segments: [sentence], from: 'es', to: 'en' }),
      batch.translate({ segments: [sentence, long], from: 'es', to: 'en' }),
    ]);
    expect(oneShot.segments[0]).toBe(pooled.segments[0]);
    expect(oneShot.segments[1]?.split('Bank of Spain')).toHaveLength(13);
  });

  it('raises a retryable UpstreamError when a batch times out', async () => {
    const slow = new ApertiumTranslator({ mode: 'batch', timeoutMs: 1 });
    await expect(slow.translate({ segments: ['Hola.'], from: 'es', to: 'en' })).rejects.toSatisfy(
      (e: unknown) => e instanceof UpstreamError && e.retryable && /timed out/u.test(e.message),
    );
  });

  it('says which pairs it supports', async () => {
    expect(await translator.supports('fr', 'en')).toBe(true);
    expect(await translator.supports('fra', 'eng')).toBe(true);
    expect(await translator.supports('de', 'en')).toBe(false);
  });
});

describe.skipIf(!installed || !has('spa-eng'))('the default offline chain', () => {
  it('uses Apertium where it can, the German gloss where it cannot, the original otherwise', async () => {
    const translator = createTranslator(defaultTranslateSettings);
    try {
      const spanish = await translator.translate({ segments: ['El gobierno aprobó el presupuesto.'], from: 'es', to: 'en' });
      expect(spanish).toMatchObject({ provider: 'apertium', quality: 'machine', segments: ['The government approved the estimate.'] });
      const german = await translator.translate({ segments: ['Die Regierung und das Parlament.'], from: 'de', to: 'en' });
      // With dict-freedict-deu-eng a gloss, without it the original, labelled either way.
      expect(german.quality === 'gloss' ? german.segments[0] : 'original').toMatch(/^(The government and the parliament\.|original)$/u);
      const japanese = await translator.translate({ segments: ['政府は予算を承認した。'], from: 'ja', to: 'en' });
      expect(japanese).toMatchObject({ provider: 'original', quality: 'original', segments: ['政府は予算を承認した。'] });
    } finally {
      await translator.close?.();
    }
  });
});
