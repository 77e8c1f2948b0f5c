// Real-data check: the shared seed articles, extracted and enriched, cluster into the May meeting and the December call.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { createEnricher } from '../enrich/index.js';
import { extractArticle } from '../extract/index.js';
import { listGroups, makeArticle, runClusterLoop } from './__fixtures__/cluster-harness.js';
import { makeClusterSettings } from './index.js';

const SEEDS_DIR = join(process.cwd(), '..', 'shared', 'seeds');
/** Languages as the seeds' README gives them, so the check does not depend on the detector. */
const SEED_LANGUAGES: Record<string, string> = { '000': 'en', '001': 'fr', '002': 'fr', '003': 'en', '004': 'en' };

const missing = existsSync(SEEDS_DIR) ? null : `no seeds at ${SEEDS_DIR}`;
if (missing) console.warn(`cluster seeds check skipped: ${missing}`);

function loadSeedArticles(): Article[] {
  const enricher = createEnricher();
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles: Article[] = [];
  for (const file of files) {
    const seed = file.slice(0, 3);
    const extracted = extractArticle({ ref: file, format: 'text', body: readFileSync(join(SEEDS_DIR, file), 'utf8'), hints: {} });
    const language = SEED_LANGUAGES[seed] ?? 'und';
    const enrichment = enricher.enrich({ title: extracted.title, text: extracted.text, language, publishedAt: extracted.publishedAt });
    articles.push(
      makeArticle(seed, {
        ref: file,
        title: extracted.title,
        text: extracted.text,
        language,
        publishedAt: extracted.publishedAt,
        publishedAtOrigin: extracted.publishedAtOrigin,
        sourceName: extracted.sourceName,
        credits: extracted.credits,
        entities: enrichment.entities,
        dates: enrichment.dates,
        terms: enrichment.terms,
      }),
    );
  }
  return articles;
}

function checkSeedGroups(groups: string[][]): void {
  expect(groups).toContainEqual(['000', '001']);
  const december = groups.find((g) => g.includes('003'));
  expect([['003', '004'], ['002', '003', '004']]).toContainEqual(december);
  for (const group of groups) {
    const may = group.some((id) => id === '000' || id === '001');
    const dec = group.some((id) => id === '003' || id === '004');
    expect(may && dec, `group mixes May and December: ${group.join(', ')}`).toBe(false);
  }
}

describe.skipIf(missing !== null)('clustering the shared seeds', () => {
  const settings = makeClusterSettings();

  it('finds the May meeting and the December call, in file, reverse and shuffled order', () => {
    const articles = loadSeedArticles();
    expect(articles.map((a) => a.id)).toEqual(['000', '001', '002', '003', '004']);
    checkSeedGroups(listGroups(runClusterLoop(articles, settings)));
    checkSeedGroups(listGroups(runClusterLoop([...articles].reverse(), settings)));
    const [a, b, c, d, e] = articles as [Article, Article, Article, Article, Article];
    checkSeedGroups(listGroups(runClusterLoop([c, e, a, d, b], settings)));
    checkSeedGroups(listGroups(runClusterLoop([d, b, e, c, a], settings)));
  });
});
