// Extraction of the five real aggregator seeds in ../shared/seeds (read only, never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../domain/index.js';
import { extractArticle } from './index.js';

const SEEDS = join(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(SEEDS);
if (!present) console.warn(`extract seeds test skipped: ${SEEDS} is absent`);

const CHROME = ['Read also', 'Lire aussi', 'Trends 24h', 'You may like', 'Article précédent', 'Lisez', 'Comments', 'All news articles', '© Communities'];

function extractSeed(prefix: string): ExtractedArticle {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return extractArticle({ ref: file, format: 'text', body: readFileSync(join(SEEDS, file), 'utf8'), hints: {} });
}

describe.skipIf(!present)('extractArticle on the real seeds', () => {
  it('000: title, timestamp, source line, chrome gone, fragments re-joined', () => {
    const article = extractSeed('000_');
    expect(article.title).toBe('Tense first US-Russian meeting ahead of Biden-Putin summit');
    expect(article.publishedAt).toBe('2021-05-21T18:50:56.168Z');
    expect(article.sourceName).toBe('lefigaro');
    expect(article.text).not.toContain('The Limited Times');
    expect(article.text).not.toContain('2021-05-21T18:50:56');
    expect(article.text).toContain('do not really bode well for the “de-escalation” that Washington and Moscow');
    expect(article.text).toContain('"Perfectly legal and legitimate", he pleaded.');
    expect(article.text).toContain('warned Antony Blinken in Iceland.');
    expect(article.text.split('\n\n')[0]).toMatch(/^The heads of diplomacy of the two rival powers/u);
  });

  it('001: title, Reuters photo credits become metadata, paragraphs kept', () => {
    const article = extractSeed('001_');
    expect(article.title).toMatch(/^Les meilleurs diplomates américains/u);
    expect(article.credits).toContain('Reuters');
    expect(article.text).not.toContain('Johanna Geron');
    expect(article.text).not.toContain('| Reuters');
    expect(article.text).toContain('la Russie a expulsé 10 diplomates américains');
    expect(article.text).toContain('L’appel entre Blinken et Lavrov intervient alors que');
    expect(article.text).not.toContain('Toutes les actualités du site');
  });

  it('002: the headline, not the breadcrumb, and no counters', () => {
    const article = extractSeed('002_');
    expect(article.title).toBe('Joe Biden et Vladimir Poutine n’envisagent pas de se rencontrer en face à face');
    expect(article.text).not.toContain('Accueil Internationales');
    expect(article.text).not.toMatch(/^(?:72|0)$/mu);
    expect(article.text).toContain('La Russie refuse de retirer ses troupes militaires');
    expect(article.text).toContain('Ils devraient comprendre que nous n’avons nulle part où nous retirer.');
  });

  it('003 and 004: body-first texts get their first sentence as title and keep every paragraph', () => {
    const first = extractSeed('003_');
    expect(first.title).toBe('VLadimir Poutine strikes back');
    expect(first.text).toMatch(/^VLadimir Poutine strikes back\. Under fire/u);
    expect(first.text).toContain('French intervention');
    const second = extractSeed('004_');
    expect(second.title.length).toBeLessThanOrEqual(121);
    expect(second.title).toMatch(/^Russian President Vladimir Putin and his American counterpart Joe Biden/u);
    expect(second.text).toContain('Joe Biden’s pragmatism');
    // Dates in these bodies have no year ("Tuesday, December 7"), so none is a publication date.
    expect(first.publishedAt).toBeNull();
    expect(second.publishedAtOrigin).toBe('none');
  });

  it('leaves no chrome line in any seed', () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const text = extractSeed(prefix).text;
      for (const chrome of CHROME) expect(text, `${prefix} still holds "${chrome}"`).not.toContain(chrome);
    }
  });
});
