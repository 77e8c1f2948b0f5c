// The process handling of the Apertium provider, on fake "modes" made of sed (which, like Apertium's programs,
// takes -z to flush at each NUL), so that no language data is needed. Needs apertium-wblank-mode.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../domain/index.js';
import { ApertiumTranslator } from './apertium-translator.js';

const hasWblank = spawnSync('bash', ['-c', 'command -v apertium-wblank-mode'], { encoding: 'utf8' }).status === 0;
if (!hasWblank) console.warn('translate: apertium-wblank-mode is not installed (apt-get install apertium); process tests skipped');

function fakeModes(modes: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bw-fake-modes-'));
  for (const [name, command] of Object.entries(modes)) writeFileSync(join(dir, `${name}.mode`), `${command}\n`);
  return dir;
}

describe.skipIf(!hasWblank)('Apertium pipelines (fake modes)', () => {
  const modesDir = fakeModes({
    'xxx-yyy': 'sed -u s/hola/HELLO/g',
    'yyy-zzz': 'sed -u s/HELLO/hi/g',
    'xxx-nnn': 'sed -u -n /never/p',
    'xxx-qqq': 'sed -u q',
  });

  it('chains pivots in one long-running process and answers many requests in order', async () => {
    const translator = new ApertiumTranslator({ modesDir });
    const segments = Array.from({ length: 40 }, (_, i) => `hola number ${i}`);
    const [a, b] = await Promise.all([
      translator.translate({ segments, from: 'xxx', to: 'zzz' }),
      translator.translate({ segments: ['hola again', '', 'hola\n\nhola'], from: 'xxx', to: 'zzz' }),
    ]);
    expect(a.path).toEqual(['xxx', 'yyy', 'zzz']);
    expect(a.segments).toEqual(segments.map((_, i) => `hi number ${i}`));
    expect(b.segments).toEqual(['hi again', '', 'hi\n\nhi']);
    await translator.close();
  });

  it('keeps many small batches in flight in one pipeline and matches every answer to its chunk', async () => {
    const translator = new ApertiumTranslator({ modesDir, batchSize: 3 });
    const segments = Array.from({ length: 50 }, (_, i) => `hola ${i} [${i}]`);
    const result = await translator.translate({ segments, from: 'xxx', to: 'zzz' });
    expect(result.segments).toEqual(segments.map((_, i) => `hi ${i} [${i}]`));
    await translator.close();
  });

  it('cleans and cuts a huge marked-up article into chunks, and reassembles its paragraphs', async () => {
    const translator = new ApertiumTranslator({ modesDir, maxChunkChars: 500, batchSize: 16 });
    const paragraph = Array.from({ length: 300 }, (_, i) => `<b>hola</b>\u0007 frase ${i}.`).join(' ');
    const article = `<p>${paragraph}</p><p>hola [fin] \\ ^x$ {y} a@b.es</p>`;
    const result = await translator.translate({ segments: [article, 'hola'], from: 'xxx', to: 'zzz' });
    expect(result.segments).toHaveLength(2);
    const [long = '', short] = result.segments;
    const paragraphs = long.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.match(/hi frase \d+\./gu)).toHaveLength(300);
    expect(paragraphs[1]).toBe('hi [fin] \\ ^x$ {y} a@b.es');
    // eslint-disable-next-line no-control-regex
    expect(long).not.toMatch(/[\u0000-\u0008<>]/u);
    expect(short).toBe('hi');
    await translator.close();
  });

  it('turns a pipeline that never answers into a retryable timeout', async () => {
    const translator = new ApertiumTranslator({ modesDir, timeoutMs: 300 });
    const started = Date.now();
    await expect(translator.translate({ segments: ['hola'], from: 'xxx', to: 'nnn' })).rejects.toSatisfy(
      (e: unknown) => e instanceof UpstreamError && e.retryable && /apertium/u.test(e.message),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    await translator.close();
  });

  it('starts a new process when the old one died', async () => {
    // `sed q` answers one request and exits.
    const translator = new ApertiumTranslator({ modesDir, timeoutMs: 5_000 });
    for (const word of ['uno', 'dos', 'tres']) {
      const result = await translator.translate({ segments: [word], from: 'xxx', to: 'qqq' });
      expect(result.segments).toEqual([word]);
    }
    await translator.close();
  });
});
