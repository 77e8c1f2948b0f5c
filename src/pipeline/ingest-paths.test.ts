// Integration test of the ingest job on real stages and a real SQLite file, with good and bad inputs mixed.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { ingestPaths } from './ingest-paths.js';

const englishText = `Rhine floods close two bridges in Cologne

2026-10-07T09:15:00Z

The Rhine rose above eight metres in Cologne on Wednesday, and the city closed two bridges to traffic as water reached the old town.

Firefighters built barriers along the river bank overnight while residents moved cars away from the quays. The weather service of Germany expects the river to peak on Thursday.

Read also: Ten tips to protect your cellar

Source: rheinpost`;

const spanishArticle = {
  title: 'Huelga ferroviaria paraliza los trenes entre Madrid y Barcelona',
  text: 'Los maquinistas de Renfe iniciaron el lunes una huelga de tres días que dejó sin servicio a la mayoría de los trenes de alta velocidad entre Madrid y Barcelona.\n\nEl sindicato exige más contrataciones y mejores turnos.',
  url: 'https://diario.example.es/huelga-trenes',
  source: 'Diario Ejemplo',
  publishedAt: '2026-10-12T08:00:00+02:00',
};

const germanUndated = `Neues Museum in Lissabon eröffnet

Das Museum für zeitgenössische Kunst in Lissabon hat am Samstag seine Türen geöffnet. Tausende Besucher standen am ersten Tag vor dem Eingang am Ufer des Tejo.

Die Sammlung umfasst mehr als zweihundert Werke portugiesischer Künstler des zwanzigsten Jahrhunderts.`;

const hasApertium = existsSync('/usr/share/apertium/modes/spa-eng.mode');
const hasFreedictGerman = existsSync('/usr/share/dictd/freedict-deu-eng.index');
if (!hasApertium) console.warn('ingest test: Apertium spa-eng is not installed; translation checks limited to the fallback');

let dir: string;
let services: Services;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-ingest-'));
  const input = join(dir, 'input');
  await mkdir(join(input, 'nested'), { recursive: true });
  await writeFile(join(input, 'flood.txt'), englishText);
  await writeFile(join(input, 'nested', 'strike.json'), JSON.stringify([spanishArticle, { title: 'no text here' }]));
  await writeFile(join(input, 'nested', 'museum.txt'), germanUndated);
  await writeFile(join(input, 'empty.txt'), '');
  await writeFile(join(input, 'junk.html'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 12, 0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(input, 'huge.txt'), 'word '.repeat(50_000));
  await writeFile(join(input, 'broken.json'), '{"title": "unterminated');
  await writeFile(join(input, 'notes.md'), '# not an article');
  const config = loadConfig({}, { database: join(dir, 'test.db') });
  services = await openServices(config);
});

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it('stores the good articles, names every bad file with its stage, and goes on', async () => {
    const summary = await ingestPaths([join(dir, 'input')], services, { maxFileBytes: 100_000, cluster: services.clusterSettings });
    expect(summary.ingested).toBe(3);
    expect(summary.duplicates).toBe(0);
    expect(summary.skipped.map((p) => p.endsWith('notes.md'))).toEqual([true]);
    const byFile = new Map(summary.failed.map((f) => [f.ref.split('/').pop(), f]));
    expect(byFile.get('empty.txt')?.message).toMatch(/empty file/);
    expect(byFile.get('junk.html')?.message).toMatch(/binary/);
    expect(byFile.get('huge.txt')?.message).toMatch(/over the .* cap/);
    expect(byFile.get('broken.json')?.stage).toBe('sources');
    // The article without text in strike.json fails alone; its sibling is stored.
    expect(summary.failed.some((f) => f.ref.includes('strike.json') && /text/.test(f.message))).toBe(true);
    expect(summary.failed).toHaveLength(5);
    for (const f of summary.failed) expect(f.message).toContain(f.ref);
    // The undated German article is stored with a note, not rejected.
    expect(summary.notices.some((n) => n.ref.endsWith('museum.txt') && /no publication date/.test(n.message))).toBe(true);
    expect(summary.clustered).toBe(3);
    expect(Object.keys(summary.stageMs)).toEqual(expect.arrayContaining(['extract', 'language', 'enrich', 'store', 'cluster']));

    const stats = await services.store.stats();
    expect(stats.articles).toBe(3);
    const failures = await services.store.listFailures({ limit: 20 });
    expect(failures.length).toBe(5);
  });

  it('extracts, detects and enriches what it stores', async () => {
    const articles = await services.store.listArticles({ limit: 10, offset: 0 });
    const flood = articles.find((a) => a.ref.endsWith('flood.txt'));
    expect(flood?.title).toBe('Rhine floods close two bridges in Cologne');
    expect(flood?.language).toBe('en');
    expect(flood?.publishedAt).toBe('2026-10-07T09:15:00.000Z');
    expect(flood?.sourceName).toBe('rheinpost');
    expect(flood?.text).not.toMatch(/Read also/);
    expect(flood?.entities.map((e) => e.id)).toContain('place:germany');
    const strike = articles.find((a) => a.url === spanishArticle.url);
    expect(strike?.language).toBe('es');
    expect(strike?.sourceName).toBe('Diario Ejemplo');
    expect(strike?.entities.map((e) => e.id)).toContain('place:madrid');
    const museum = articles.find((a) => a.ref.endsWith('museum.txt'));
    expect(museum?.language).toBe('de');
    expect(museum?.publishedAt).toBeNull();
    expect(articles.every((a) => a.storyId !== null)).toBe(true);
  });

  it('translates the titles and bodies into the reader language at ingestion, with the real providers', async () => {
    const articles = await services.store.listArticles({ limit: 10 });
    const strike = articles.find((a) => a.url === spanishArticle.url);
    const museum = articles.find((a) => a.ref.endsWith('museum.txt'));
    const flood = articles.find((a) => a.ref.endsWith('flood.txt'));
    const translations = await services.store.listTranslations([strike?.id ?? '', museum?.id ?? '', flood?.id ?? ''], 'en');
    const of = (id: string | undefined) => translations.find((t) => t.articleId === id);
    expect(of(flood?.id)).toBeUndefined(); // already English
    if (hasApertium) {
      expect(of(strike?.id)).toMatchObject({ provider: 'apertium', quality: 'machine', path: ['es', 'en'] });
      expect(of(strike?.id)?.title).toMatch(/Madrid/);
      expect(of(strike?.id)?.title).toMatch(/strike/i);
      expect(of(strike?.id)?.text?.split('\n\n')).toHaveLength(2);
    }
    // German has no Apertium pair here: a labelled word-by-word gloss (FreeDict) or, without it, the original.
    expect(['gloss', 'original']).toContain(of(museum?.id)?.quality);
    if (hasFreedictGerman) expect(of(museum?.id)?.title).toMatch(/museum/i);
  });

  it('is idempotent: ingesting the same files again stores nothing new', async () => {
    const before = await services.store.stats();
    const again = await ingestPaths([join(dir, 'input')], services, { maxFileBytes: 100_000, cluster: services.clusterSettings });
    expect(again.ingested).toBe(0);
    expect(again.duplicates).toBe(3);
    const after = await services.store.stats();
    expect(after.articles).toBe(before.articles);
    expect(after.stories).toBe(before.stories);
  });
});
