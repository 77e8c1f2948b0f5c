// Real-data check: the five shared seed articles get the entities and dates the clustering stage relies on.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Enrichment } from '../domain/index.js';
import { createEnricher } from './index.js';

// The five shared seed articles (plain text, site chrome included), read in place, never copied.
const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');
const LANGUAGES: Record<string, string> = { '000': 'en', '001': 'fr', '002': 'fr', '003': 'en', '004': 'en' };
const present = existsSync(SEEDS) && readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length >= 5;

if (!present) console.warn(`enrich seeds test skipped: ${SEEDS} not found`);

describe.skipIf(!present)('enrich on the shared seeds', () => {
  const enricher = createEnricher();
  const results = new Map<string, Enrichment>();
  if (present) {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
      const prefix = file.slice(0, 3);
      const text = readFileSync(join(SEEDS, file), 'utf8');
      results.set(prefix, enricher.enrich({ title: '', text, language: LANGUAGES[prefix] ?? 'en', publishedAt: null }));
    }
  }
  const ids = (prefix: string): string[] => results.get(prefix)?.entities.map((e) => e.id) ?? [];

  it('finds Putin and Biden in all five', () => {
    for (const prefix of Object.keys(LANGUAGES)) {
      expect(ids(prefix), prefix).toEqual(expect.arrayContaining(['person:vladimir-putin', 'person:joe-biden']));
    }
  });

  it('finds Iceland and Lavrov in the May articles, in English and in French', () => {
    for (const prefix of ['000', '001']) expect(ids(prefix), prefix).toEqual(expect.arrayContaining(['place:iceland', 'person:sergey-lavrov']));
    const lavrov = results.get('001')?.entities.find((e) => e.id === 'person:sergey-lavrov');
    expect(lavrov?.surfaces).toContain('Sergueï Lavrov');
  });

  it('finds NATO (OTAN) and Ukraine where they are mentioned', () => {
    for (const prefix of ['001', '002', '003', '004']) expect(ids(prefix), prefix).toContain('org:nato');
    for (const prefix of ['002', '003', '004']) expect(ids(prefix), prefix).toContain('place:ukraine');
  });

  it('dates the May articles in May 2021 and leaves the year open in the December ones', () => {
    // 001 has no publication time, but "14 avril 2021" gives "le 20 mai" its year.
    expect(results.get('001')?.dates).toEqual(['2021-04-14', '2021-05-20']);
    expect(results.get('000')?.dates).toEqual(['2021-05-19', '2021-05-21']);
    expect(results.get('003')?.dates).toEqual(['--12-07']);
    expect(results.get('004')?.dates).toContain('--12-04');
  });

  it('resolves the December call with a publication time', () => {
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).sort().find((f) => f.startsWith('003')) ?? ''), 'utf8');
    const result = enricher.enrich({ title: '', text, language: 'en', publishedAt: '2021-12-08T06:00:00Z' });
    expect(result.dates).toContain('2021-12-07');
  });
});
