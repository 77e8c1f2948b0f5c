// The generated article stream of the scale benchmark: NTREX documents and demo-corpus events as templates, recombined
// paragraph by paragraph into distinct articles of many distinct stories, in publication order, built lazily.
import type { ClusterArticle } from '../src/cluster/index.js';
import type { EntityKind, EntityMention, LangCode, WeightedTerm } from '../src/domain/index.js';
import { createEnricher } from '../src/enrich/index.js';
import type { BenchArticle } from './lib-cluster-data.js';
import { loadDemoBench, loadNtrexBench, readCache, writeCache } from './lib-cluster-data.js';

/** One paragraph of a template article (the title is paragraph 0), enriched on its own. */
interface Segment {
  text: string;
  pivot: string | null;
  entities: EntityMention[];
  terms: WeightedTerm[];
  pivotTerms: WeightedTerm[] | null;
}

interface TemplateArticle {
  language: LangCode;
  segments: Segment[];
}

/** A group of template articles about one event: an NTREX document in five languages, or a demo-corpus event. */
export interface TemplateGroup {
  name: string;
  articles: TemplateArticle[];
}

/**
 * Enriches every paragraph of every template once (cached): a generated article is then a choice of
 * paragraphs, and its entities and terms are those of the paragraphs it has, as enrichment would find.
 */
export async function loadTemplates(): Promise<TemplateGroup[]> {
  const cached = readCache<TemplateGroup[]>('scale-templates');
  if (cached) return cached;
  const enricher = createEnricher();
  const groups = new Map<string, TemplateGroup>();
  const add = (source: string, list: BenchArticle[]): void => {
    for (const b of list) {
      const a = b.article;
      const paragraphs = [a.title, ...a.text.split(/\n{2,}/u)].map((p) => p.trim()).filter((p) => p !== '');
      const pivots = b.pivotText?.split(/\n{2,}/u).map((p) => p.trim()).filter((p) => p !== '') ?? null;
      const aligned = pivots !== null && pivots.length === paragraphs.length ? pivots : null;
      const segments = paragraphs.map((text, i): Segment => {
        const e = enricher.enrich({ title: '', text, language: a.language, publishedAt: null });
        const pivot = aligned?.[i] ?? null;
        const pivotTerms = a.language === 'en' ? e.terms : pivot === null ? null : enricher.enrich({ title: '', text: pivot, language: 'en', publishedAt: null }).terms;
        return { text, pivot: a.language === 'en' ? text : pivot, entities: e.entities.map((m) => ({ ...m, inTitle: i === 0 })), terms: e.terms, pivotTerms };
      });
      const name = `${source}:${b.gold}`;
      let group = groups.get(name);
      if (!group) groups.set(name, (group = { name, articles: [] }));
      group.articles.push({ language: a.language, segments });
    }
  };
  add('ntrex', await loadNtrexBench());
  add('demo', await loadDemoBench());
  const out = [...groups.values()];
  writeCache('scale-templates', out);
  return out;
}

export interface StreamOptions {
  size: number;
  articlesPerDay: number;
  startMs: number;
  seed: number;
}

export interface StreamArticle {
  article: ClusterArticle;
  /** The generated story it was written for (the stream's own truth, to check that stories stay apart). */
  story: number;
}

/** Distinct synthetic entities per kind: popularity follows Zipf, so a few are in many stories (long posting lists). */
const ENTITY_POOL = 200_000;
/** Synthetic terms replacing a story's template terms. */
const TERM_POOL = 500_000;
/** Chance that a template entity stays itself in a story (the world's recurring names: countries, leaders). */
const KEEP_ENTITY = 0.25;
/** Chance that a template term stays itself in a story. */
const KEEP_TERM = 0.5;
const HOUR_MS = 3_600_000;

interface StoryPlan {
  id: number;
  group: TemplateGroup;
  startMs: number;
  entityMap: Map<string, { id: string; name: string }>;
  termMap: Map<string, string>;
  /** Figures this story reports (a toll, an amount): the same in every article of it. */
  figures: string[];
  day: string;
  /** Surfaces of the template's renamed entities, as one pattern, and their new names (built at the story's first article). */
  renamer: { pattern: RegExp; names: Map<string, string> } | null;
}

/**
 * Stories start at a steady pace (`articlesPerDay` articles a day over all of them); a story has
 * 1 to 60 articles (Zipf-like: most are one article, a few are large), published over the hours
 * and days after it starts (exponential, mean 18 h, at most 10 days). Each story is a template
 * event whose entities and terms are mostly swapped for story-specific ones, so thousands of
 * stories built on one template stay distinct; each article takes its own subset of the
 * template's paragraphs (in a language version of the event), now and then a paragraph of another
 * event, and its own text. Articles come out in publication order; only the stories under way are
 * held in memory.
 */
export function* generateStream(templates: readonly TemplateGroup[], options: StreamOptions): Generator<StreamArticle> {
  const random = makeRandom(options.seed);
  const zipf = (n: number): number => Math.min(n, Math.floor(Math.pow(n + 1, random())));
  const names = (kind: EntityKind, rank: number): { id: string; name: string } => ({ id: `${kind}:synthetic-${rank}`, name: syntheticName(rank) });
  const pending = new MinHeap<{ at: number; plan: StoryPlan; index: number }>((a, b) => a.at - b.at || a.plan.id - b.plan.id);
  const msPerArticle = 86_400_000 / options.articlesPerDay;
  let scheduled = 0;
  let storyId = 0;
  let emitted = 0;
  while (emitted < options.size) {
    const nextStart = options.startMs + scheduled * msPerArticle;
    if (scheduled < options.size && (pending.size === 0 || (pending.peek() as { at: number }).at > nextStart)) {
      const size = Math.min(60, Math.floor(1 / Math.pow(random(), 0.9)), options.size - scheduled);
      const group = templates[Math.floor(random() * templates.length)] as TemplateGroup;
      const plan: StoryPlan = {
        id: storyId++,
        group,
        startMs: nextStart,
        entityMap: new Map(),
        termMap: new Map(),
        figures: [String(100 + Math.floor(random() * 99_900)), `${1 + Math.floor(random() * 999)},${String(Math.floor(random() * 1000)).padStart(3, '0')}`],
        day: new Date(nextStart).toISOString().slice(0, 10),
        renamer: null,
      };
      for (const article of group.articles) {
        for (const s of article.segments) {
          for (const e of s.entities) {
            if (!plan.entityMap.has(e.id)) plan.entityMap.set(e.id, random() < KEEP_ENTITY ? { id: e.id, name: e.name } : names(e.kind, zipf(ENTITY_POOL)));
          }
        }
      }
      for (let i = 0; i < size; i++) {
        const delay = Math.min(240 * HOUR_MS, -Math.log(1 - random()) * 18 * HOUR_MS);
        pending.push({ at: nextStart + delay, plan, index: i });
      }
      scheduled += size;
      continue;
    }
    const next = pending.pop() as { at: number; plan: StoryPlan; index: number };
    const other = templates[Math.floor(random() * templates.length)] as TemplateGroup;
    yield { article: writeArticle(next.plan, next.index, next.at, other, random, zipf), story: next.plan.id };
    emitted++;
  }
}

function writeArticle(
  plan: StoryPlan,
  index: number,
  at: number,
  other: TemplateGroup,
  random: () => number,
  zipf: (n: number) => number,
): ClusterArticle {
  const version = plan.group.articles[Math.floor(random() * plan.group.articles.length)] as TemplateArticle;
  const [title, ...body] = version.segments as [Segment, ...Segment[]];
  let chosen = body.filter(() => random() < 0.7);
  if (chosen.length === 0 && body.length > 0) chosen = [body[Math.floor(random() * body.length)] as Segment];
  // A paragraph of background from another event now and then: the recombination real desks do.
  const foreign = other.articles.find((a) => a.language === version.language) ?? null;
  const foreignSegments: Segment[] = [];
  if (foreign && foreign.segments.length > 1 && random() < 0.3) {
    foreignSegments.push(foreign.segments[1 + Math.floor(random() * (foreign.segments.length - 1))] as Segment);
  }
  const own = [title, ...chosen];
  const entities = new Map<string, EntityMention>();
  const addEntities = (segment: Segment, map: boolean): void => {
    for (const e of segment.entities) {
      const target = map ? (plan.entityMap.get(e.id) ?? { id: e.id, name: e.name }) : { id: e.id, name: e.name };
      const known = entities.get(target.id);
      if (known) {
        known.count += e.count;
        known.inTitle ||= e.inTitle;
      } else {
        entities.set(target.id, { id: target.id, kind: e.kind, name: target.name, surfaces: [target.name], count: e.count, inTitle: e.inTitle });
      }
    }
  };
  for (const s of own) addEntities(s, true);
  for (const s of foreignSegments) addEntities(s, false);
  const mapTerm = (term: string): string => {
    let t = plan.termMap.get(term);
    if (t === undefined) plan.termMap.set(term, (t = random() < KEEP_TERM ? term : `zz${zipf(TERM_POOL).toString(36)}`));
    return t;
  };
  const terms = mergeTerms(own.map((s) => s.terms), mapTerm, foreignSegments.map((s) => s.terms));
  const pivotTerms = version.segments.some((s) => s.pivotTerms === null)
    ? null
    : mergeTerms(own.map((s) => s.pivotTerms ?? []), mapTerm, foreignSegments.map((s) => s.pivotTerms ?? []));
  const renamer = (plan.renamer ??= buildRenamer(plan));
  const rename = (text: string): string => text.replace(renamer.pattern, (surface) => renamer.names.get(surface) ?? surface);
  // The story's figures: every article reports one or both, in a sentence of its own.
  const figures = plan.figures.filter(() => random() < 0.7);
  const paragraphs = [...chosen, ...foreignSegments].map((s) => rename(s.text));
  if (figures.length > 0) paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, figures.map((f) => `${f}.`).join(' '));
  const pivotParagraphs = pivotTerms === null ? null : [title, ...chosen, ...foreignSegments].map((s) => rename(s.pivot ?? ''));
  const id = `s${plan.id}-${index}`;
  const publishedAt = new Date(at).toISOString();
  return {
    id,
    ref: id,
    url: null,
    sourceName: `outlet-${Math.floor(random() * 300)}`,
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    title: rename(title.text),
    text: paragraphs.join('\n\n'),
    language: version.language,
    languageConfidence: 1,
    publishedAt,
    publishedAtOrigin: 'meta',
    ingestedAt: publishedAt,
    contentHash: id,
    entities: [...entities.values()],
    // Half the articles name the day the story broke.
    dates: random() < 0.5 ? [plan.day] : [],
    terms,
    storyId: null,
    pivotTerms,
    pivotText: pivotParagraphs === null ? null : pivotParagraphs.join('\n\n'),
  };
}

/** One pattern for every surface of the entities a story renames, longest first so that "Jack Ross" wins over "Ross". */
function buildRenamer(plan: StoryPlan): { pattern: RegExp; names: Map<string, string> } {
  const names = new Map<string, string>();
  for (const article of plan.group.articles) {
    for (const segment of article.segments) {
      for (const e of segment.entities) {
        const target = plan.entityMap.get(e.id);
        if (!target || target.id === e.id) continue;
        for (const surface of e.surfaces) if (surface.length > 2 && !names.has(surface)) names.set(surface, target.name);
      }
    }
  }
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : /(?!)/gu, names };
}

/** Term weights of the chosen paragraphs added up (the story's renaming applied), strongest first. */
function mergeTerms(own: WeightedTerm[][], map: (t: string) => string, foreign: WeightedTerm[][]): WeightedTerm[] {
  const sum = new Map<string, number>();
  for (const list of own) for (const t of list) sum.set(map(t.term), (sum.get(map(t.term)) ?? 0) + t.weight);
  for (const list of foreign) for (const t of list) sum.set(t.term, (sum.get(t.term) ?? 0) + t.weight);
  return [...sum].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight).slice(0, 40);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vol', 'bri', 'dun', 'es', 'gor', 'hal', 'ix', 'jun', 'mer', 'nov', 'pel', 'quin', 'sar', 'tor', 'ul'];

/** A pronounceable capitalised name, one per rank. */
function syntheticName(rank: number): string {
  let n = rank;
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}`;
}

/** Small deterministic PRNG (mulberry32). */
export function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (this.less(a[i] as T, a[p] as T) >= 0) break;
      [a[i], a[p]] = [a[p] as T, a[i] as T];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l] as T, a[m] as T) < 0) m = l;
        if (r < a.length && this.less(a[r] as T, a[m] as T) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as T, a[i] as T];
        i = m;
      }
    }
    return top;
  }
}

/** A one-line account of the templates, for the report. */
export function describeTemplates(groups: readonly TemplateGroup[]): string {
  const articles = groups.reduce((n, g) => n + g.articles.length, 0);
  const paragraphs = groups.reduce((n, g) => n + g.articles.reduce((m, a) => m + a.segments.length, 0), 0);
  return `${groups.length} template events, ${articles} template articles, ${paragraphs} paragraphs`;
}
