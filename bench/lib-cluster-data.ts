// Clustering benchmark inputs: NTREX and SemEval texts enriched and translated to English once, then cached in .bench-cache/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterArticle } from '../src/cluster/index.js';
import { loadConfig } from '../src/config/index.js';
import type { LangCode } from '../src/domain/index.js';
import { createEnricher } from '../src/enrich/index.js';
import type { Enricher } from '../src/enrich/index.js';
import { ingestPaths, openServices, translateSettingsFrom } from '../src/pipeline/index.js';
import { createTranslator } from '../src/translate/index.js';
import type { Translator } from '../src/translate/index.js';
import { loadNtrexArticles } from './lib-ntrex.js';
import { repoRoot, requireShared } from './lib-shared.js';

/** An article ready for clustering, with its English pivot text (null when there is no translation path). */
export interface BenchArticle {
  article: ClusterArticle;
  pivotText: string | null;
  /** Gold group (NTREX document) or pair side. */
  gold: string;
}

export interface SemevalPair {
  id: string;
  lang1: string;
  lang2: string;
  overall: number;
  a: BenchArticle;
  b: BenchArticle;
}

const cacheDir = join(repoRoot, '.bench-cache');
/** Bump when the enrichment or the pivot recipe changes, so that stale caches are rebuilt. */
const CACHE_VERSION = 1;

interface Tools {
  enricher: Enricher;
  translator: Translator;
}

function openTools(): Tools {
  const config = loadConfig({ ...process.env, BABELWIRE_TRANSLATE_TO: 'en' });
  return { enricher: createEnricher(), translator: createTranslator(translateSettingsFrom(config)) };
}

/** Builds a ClusterArticle the way ingestion would, with the pivot terms of its English translation. */
async function prepareArticle(
  tools: Tools,
  id: string,
  language: LangCode,
  title: string,
  text: string,
  publishedAt: string | null,
  gold: string,
): Promise<BenchArticle> {
  const enrichment = tools.enricher.enrich({ title, text, language, publishedAt });
  let pivotText: string | null = null;
  if (language === 'en') pivotText = `${title}\n\n${text}`;
  else if (await tools.translator.supports(language, 'en')) {
    const paragraphs = text.split(/\n{2,}/u).filter((p) => p.trim() !== '');
    try {
      const result = await tools.translator.translate({ segments: [title, ...paragraphs], from: language, to: 'en', ref: id });
      if (result.quality !== 'original') pivotText = result.segments.join('\n\n');
    } catch (error) {
      console.error(`bench: translation failed for ${id}: ${String(error)}`);
    }
  }
  const pivotTerms =
    language === 'en' ? enrichment.terms : pivotText === null ? null : tools.enricher.enrich({ title: '', text: pivotText, language: 'en', publishedAt }).terms;
  const article: ClusterArticle = {
    id,
    ref: id,
    url: null,
    sourceName: null,
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    title,
    text,
    language,
    languageConfidence: 1,
    publishedAt,
    publishedAtOrigin: publishedAt ? 'metadata' : 'none',
    ingestedAt: '2026-11-23T00:00:00.000Z',
    contentHash: id,
    entities: enrichment.entities,
    dates: enrichment.dates,
    terms: enrichment.terms,
    storyId: null,
    pivotTerms,
    pivotText,
  } as ClusterArticle;
  return { article, pivotText, gold };
}

/** The clustering article carries its pivot text (the `text` signal reads it). */
function withPivotText(list: BenchArticle[]): BenchArticle[] {
  for (const a of list) a.article.pivotText = a.pivotText;
  return list;
}

export function readCache<T>(name: string): T | null {
  const path = join(cacheDir, `${name}-v${CACHE_VERSION}.json`);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function writeCache(name: string, value: unknown): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `${name}-v${CACHE_VERSION}.json`), JSON.stringify(value));
}

/** The 615 NTREX articles (document x language), undated as the set is. */
export async function loadNtrexBench(): Promise<BenchArticle[]> {
  const cached = readCache<BenchArticle[]>('ntrex');
  if (cached) return withPivotText(cached);
  const tools = openTools();
  const out: BenchArticle[] = [];
  try {
    const raw = loadNtrexArticles();
    for (const [i, a] of raw.entries()) {
      if (i % 50 === 0) process.stderr.write(`bench: preparing NTREX ${i}/${raw.length}\r`);
      out.push(await prepareArticle(tools, a.key, a.language, a.title, a.text, null, a.document));
    }
  } finally {
    await tools.translator.close?.();
  }
  writeCache('ntrex', out);
  return out;
}

/**
 * The demo corpus (examples/demo, 54 articles, 9 events) read by the ingestion pipeline (extraction,
 * language, publication time), then prepared like the NTREX articles; gold is the demo-gold event.
 */
export async function loadDemoBench(): Promise<BenchArticle[]> {
  const cached = readCache<BenchArticle[]>('demo');
  if (cached) return withPivotText(cached);
  const demo = join(repoRoot, 'examples', 'demo');
  const gold = JSON.parse(readFileSync(join(repoRoot, 'examples', 'demo-gold.json'), 'utf8')) as { events: { id: string; members: string[] }[] };
  const goldOf = new Map(gold.events.flatMap((e) => e.members.map((m) => [m, e.id] as const)));
  const work = mkdtempSync(join(tmpdir(), 'bw-bench-demo-data-'));
  const tools = openTools();
  const out: BenchArticle[] = [];
  try {
    const services = await openServices(loadConfig({ ...process.env, BABELWIRE_DB: join(work, 'demo.db') }));
    await ingestPaths([demo], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    const articles = await services.store.listArticles({ limit: 1000 });
    await services.close();
    for (const a of articles) {
      const name = a.ref.slice(demo.length + 1);
      const event = goldOf.get(name);
      if (event === undefined) throw new Error(`bench: demo article ${name} is missing from examples/demo-gold.json`);
      out.push(await prepareArticle(tools, a.id, a.language, a.title, a.text, a.publishedAt, event));
    }
  } finally {
    await tools.translator.close?.();
    rmSync(work, { recursive: true, force: true });
  }
  writeCache('demo', out);
  return out;
}

/** SemEval-2022 Task 8 dev pairs with both sides prepared; texts seen twice are prepared once. */
export async function loadSemevalBench(): Promise<SemevalPair[]> {
  const cached = readCache<SemevalPair[]>('semeval');
  if (cached) return cached.map((p) => ({ ...p, a: withPivotText([p.a])[0] as BenchArticle, b: withPivotText([p.b])[0] as BenchArticle }));
  const path = join(requireShared('bench', 'semeval2022'), 'pairs-dev.csv');
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows.shift() ?? [];
  const col = (name: string): number => header.indexOf(name);
  const tools = openTools();
  const prepared = new Map<string, BenchArticle>();
  const side = async (id: string, language: string, content: string): Promise<BenchArticle> => {
    const key = `${language}\u0000${content}`;
    const known = prepared.get(key);
    if (known) return known;
    const [title = '', ...rest] = content.split(/\n/u);
    const made = await prepareArticle(tools, id, language, title.trim(), rest.join('\n').trim(), null, id);
    prepared.set(key, made);
    return made;
  };
  const pairs: SemevalPair[] = [];
  try {
    for (const [i, row] of rows.entries()) {
      if (i % 50 === 0) process.stderr.write(`bench: preparing SemEval ${i}/${rows.length}\r`);
      const id = row[col('pair_id')] ?? String(i);
      const overall = Number(row[col('Overall')]);
      if (!Number.isFinite(overall)) continue;
      const [idA = `${id}a`, idB = `${id}b`] = id.split('_');
      const lang1 = row[col('lang1')] ?? '';
      const lang2 = row[col('lang2')] ?? '';
      const a = await side(idA, lang1, row[col('text1')] ?? '');
      const b = await side(idB, lang2, row[col('text2')] ?? '');
      pairs.push({ id, lang1, lang2, overall, a, b });
    }
  } finally {
    await tools.translator.close?.();
  }
  writeCache('semeval', pairs);
  return pairs;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
