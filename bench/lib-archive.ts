// A synthetic archive for benchmarks: N articles in stories of a few articles, spread over a year, many outlets, languages, sections and entities; written straight into the tables in large transactions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import type { KyselyStore } from '../src/store/kysely-store.js';
import type { Database } from '../src/store/queries/tables.js';
import { repoRoot } from './lib-shared.js';

export interface ArchiveOptions {
  articles: number;
  /** Articles per story on average (stories get 1 to 2×this-1). */
  perStory?: number;
  /** The newest publication; the archive spreads back over `days`. */
  end?: string;
  days?: number;
}

export interface ArchiveSummary {
  articles: number;
  stories: number;
  /** A story from the busiest recent hours, for story-page benchmarks. */
  sampleStoryId: string;
}

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru'];
const SECTIONS = ['World', 'Politics', 'Economy', 'Science', 'Culture', 'Sport', 'Health', 'Climate'];
const KINDS = ['person', 'place', 'org'] as const;

/** Paragraph-sized texts from the bundled demo corpus (CC0), reused as article bodies. */
function loadTexts(): string[] {
  const root = join(repoRoot, 'examples', 'demo');
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'README.md') {
        const plain = readFileSync(path, 'utf8').replace(/<[^>]*>/gu, ' ').replace(/\s+/gu, ' ').trim();
        if (plain.length > 200) texts.push(plain.slice(0, 2500));
      }
    }
  };
  walk(root);
  if (texts.length === 0) throw new Error('bench: no demo texts found under examples/demo');
  return texts;
}

/** Deterministic pseudo-random numbers, so two runs build the same archive. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function generateArchive(store: KyselyStore, options: ArchiveOptions): Promise<ArchiveSummary> {
  const { articles: total, perStory = 5, end = '2026-11-20T12:00:00.000Z', days = 365 } = options;
  const random = makeRandom(total);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const texts = loadTexts();
  const sources = Array.from({ length: 60 }, (_, i) => `Outlet ${String(i + 1).padStart(2, '0')}`);
  const entities = Array.from({ length: 800 }, (_, i) => {
    const kind = KINDS[i % KINDS.length] ?? 'other';
    return { id: `${kind}:synthetic-${i}`, kind, name: `${kind === 'person' ? 'Person' : kind === 'place' ? 'Place' : 'Org'} ${i}`, surfaces: [`Alias ${i}`] };
  });
  const endMs = new Date(end).getTime();
  const spanMs = days * 86_400_000;
  const db = store.db;
  let made = 0;
  let storyNo = 0;
  let sampleStoryId = '';
  const BATCH = 2000;
  while (made < total) {
    const rows = {
      stories: [] as Insertable<Database['stories']>[],
      story_keys: [] as Insertable<Database['story_keys']>[],
      articles: [] as Insertable<Database['articles']>[],
      article_entities: [] as Insertable<Database['article_entities']>[],
      story_members: [] as Insertable<Database['story_members']>[],
    };
    {
      const target = Math.min(total, made + BATCH);
      while (made < target) {
        storyNo += 1;
        const storyId = `story-${storyNo}`;
        const size = Math.min(target - made, 1 + Math.floor(random() * (2 * perStory - 1)));
        // Newer stories are denser, like a live archive: the position is skewed towards the end.
        const startMs = endMs - spanMs * (1 - Math.sqrt(made / total)) - random() * 3_600_000 * 6;
        const storyEntities = Array.from({ length: 3 }, () => pick(entities));
        const text = pick(texts);
        const title = text.slice(0, 90).replace(/\s\S*$/u, '');
        const members: { id: string; published: string; source: string; language: string }[] = [];
        for (let i = 0; i < size; i += 1) {
          made += 1;
          const published = new Date(Math.min(endMs, startMs + i * random() * 7_200_000)).toISOString();
          members.push({ id: `a-${made}`, published, source: pick(sources), language: pick(LANGUAGES) });
        }
        const first = members.map((m) => m.published).sort()[0] ?? end;
        const last = members.map((m) => m.published).sort().at(-1) ?? end;
        rows.stories.push({
            id: storyId,
            title,
            lead_article_id: members[0]?.id ?? '',
            article_count: members.length,
            languages: JSON.stringify([...new Set(members.map((m) => m.language))]),
            sources: JSON.stringify([...new Set(members.map((m) => m.source))]),
            first_published_at: first,
            first_published_utc: first,
            last_published_at: last,
            last_published_utc: last,
            entities: JSON.stringify(storyEntities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, articles: members.length }))),
            profile: JSON.stringify({ articleCount: members.length, dates: {}, firstPublishedAt: first, lastPublishedAt: last }),
            created_at: first,
            updated_at: last,
            updated_utc: last,
          });
        rows.story_keys.push(...[...new Set(storyEntities.map((e) => e.id))].map((id) => ({ story_id: storyId, key: `e:${id}`, weight: 1 })));
        for (const member of members) {
          const mentions = storyEntities.map((e) => ({ ...e, count: 1 + Math.floor(random() * 3), inTitle: false }));
          rows.articles.push({
              id: member.id,
              ref: `synthetic/${member.id}`,
              url: `https://news.example/${member.id}`,
              source_name: member.source,
              credits: '[]',
              author: null,
              section: pick(SECTIONS),
              image_url: random() < 0.5 ? `https://img.example/${member.id}.jpg` : null,
              title: `${title} (${member.id})`,
              text: pick(texts),
              language: member.language,
              language_confidence: 0.9,
              published_at: member.published,
              published_utc: member.published,
              published_at_origin: 'input',
              ingested_at: member.published,
              ingested_utc: member.published,
              day: member.published.slice(0, 10),
              content_hash: `hash-${member.id}`,
              entities: JSON.stringify(mentions),
              dates: '[]',
              terms: '[]',
              story_id: storyId,
            });
          rows.article_entities.push(
            ...              [...new Map(mentions.map((m) => [m.id, m])).values()].map((m) => ({
                article_id: member.id,
                entity_id: m.id,
                kind: m.kind,
                name: m.name,
                aliases: [m.name, ...m.surfaces].join('|').toLowerCase(),
                day: member.published.slice(0, 10),
                published_utc: member.published,
              })),
            );
          rows.story_members.push({ story_id: storyId, article_id: member.id, reason: '{"score":1,"signals":{},"sharedEntities":[],"sharedTerms":[],"timeDeltaHours":null,"founder":false}', assigned_at: member.published });
        }
        if (made > total - 50 && members.length >= 3) sampleStoryId = storyId;
      }
    }
    // Parents first (foreign keys), many rows per statement: a 100k archive takes seconds, not minutes.
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.stories.length; i += 40) await trx.insertInto('stories').values(rows.stories.slice(i, i + 40)).execute();
      for (let i = 0; i < rows.story_keys.length; i += 40) await trx.insertInto('story_keys').values(rows.story_keys.slice(i, i + 40)).execute();
      for (let i = 0; i < rows.articles.length; i += 40) await trx.insertInto('articles').values(rows.articles.slice(i, i + 40)).execute();
      for (let i = 0; i < rows.article_entities.length; i += 40) {
        await trx.insertInto('article_entities').values(rows.article_entities.slice(i, i + 40)).execute();
      }
      for (let i = 0; i < rows.story_members.length; i += 40) await trx.insertInto('story_members').values(rows.story_members.slice(i, i + 40)).execute();
    });
  }
  return { articles: made, stories: storyNo, sampleStoryId: sampleStoryId || `story-${storyNo}` };
}
