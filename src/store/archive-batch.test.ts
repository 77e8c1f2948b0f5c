// insertArchiveBatch against the one-by-one path, on SQLite and on a real PostgreSQL: the same rows in every table and index.
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/support/postgres-database.js';
import { InputError } from '../domain/index.js';
import type { EntityMention } from '../domain/index.js';
import { makeArticle, makeReason, makeStory } from './contract/fixtures.js';
import { openStore } from './index.js';
import type { KyselyStore } from './kysely-store.js';
import type { ArchiveStory, Store } from './store.js';

const serverUrl = inject('postgresUrl');
if (!serverUrl) console.warn(`skipping the PostgreSQL cases of insertArchiveBatch: ${inject('postgresMissing')}`);
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops.splice(0)) await drop();
});

const entity = (id: string, name: string, surfaces: string[]): EntityMention => ({
  id,
  kind: id.startsWith('person') ? 'person' : 'place',
  name,
  surfaces,
  count: 1,
  inTitle: false,
});

/** Three stories over two days, five languages, offsets in timestamps, entities named twice, one undated article. */
function archive(): ArchiveStory[] {
  const texts: [string, string, string][] = [
    ['en', 'Blinken meets Lavrov in Reykjavik', 'The ministers met at the Harpa centre in Reykjavik on Wednesday.'],
    ['fr', 'Blinken rencontre Lavrov à Reykjavik', 'Les ministres se sont rencontrés à Reykjavik mercredi soir.'],
    ['de', 'Blinken trifft Lawrow in Reykjavik', 'Die Minister trafen sich am Mittwoch in Reykjavik.'],
    ['ru', 'Блинкен встретился с Лавровым', 'Министры встретились в Рейкьявике в среду.'],
    ['es', 'Blinken se reúne con Lavrov', 'Los ministros se reunieron en Reikiavik el miércoles.'],
  ];
  return [0, 1, 2].map((s) => {
    const first = s === 2 ? '2021-05-21T09:00:00+02:00' : `2021-05-2${s}T10:00:00Z`;
    const { story, profile } = makeStory(`s_batch${s}`, { keys: { 'e:place:iceland': 1, [`t:word${s}`]: 0.25 + s }, first, title: `Story ${s}` });
    story.articleCount = 1 + s;
    story.entities = [{ id: 'place:iceland', name: 'Iceland', kind: 'place', articles: 1 + s }] as typeof story.entities;
    const members = Array.from({ length: 1 + s }, (_, a) => {
      const [language, title, text] = texts[(s + a) % texts.length]!;
      const article = makeArticle({
        id: `a_batch${s}_${a}`,
        contentHash: `batch-${s}-${a}`,
        url: `https://batch.example/${s}/${a}`,
        title,
        text: `${text}\n\nSecond paragraph ${s}.${a} about the summit.`,
        language,
        publishedAt: s === 1 && a === 1 ? null : first,
        sourceName: `Outlet ${a}`,
        section: a % 2 === 0 ? 'World' : null,
        entities: [
          entity('place:iceland', 'Iceland', ['Reykjavik', 'Islande']),
          entity('person:antony-blinken', 'Antony Blinken', ['Blinken']),
          entity('place:iceland', 'Iceland', ['Island']),
        ],
        terms: [{ term: 'summit', weight: 0.5 }] as never,
      });
      return { article, reason: makeReason({ founder: a === 0, score: 0.5 + a / 10 }) };
    });
    return { story, profile, members };
  });
}

async function writeOneByOne(store: Store, stories: ArchiveStory[]): Promise<void> {
  for (const { story, profile, members } of stories) {
    for (const [i, { article, reason }] of members.entries()) {
      await store.insertArticle(article);
      if (i === 0) await store.saveStoryAndAssign(story, profile, article.id, reason);
      else await store.assignArticle(article.id, story.id, reason);
    }
  }
}

/** Every table the pages read, in key order; the assignment time differs by nature and is left out. */
async function dump(store: Store, postgres: boolean): Promise<Record<string, unknown[]>> {
  const db = (store as KyselyStore).db;
  const tables = {
    articles: await db.selectFrom('articles').selectAll().orderBy('seq').execute(),
    stories: await db.selectFrom('stories').selectAll().orderBy('id').execute(),
    story_keys: await db.selectFrom('story_keys').selectAll().orderBy('story_id').orderBy('key').execute(),
    story_members: (await db.selectFrom('story_members').select(['story_id', 'article_id', 'reason']).orderBy('article_id').execute()),
    article_entities: await db.selectFrom('article_entities').selectAll().orderBy('article_id').orderBy('entity_id').execute(),
  };
  const search = postgres
    ? (await sql<{ seq: number; config: string; document: string }>`select seq::int as seq, config::text as config, document::text as document from article_search order by seq`.execute(db)).rows
    : (await sql<{ rowid: number }>`select rowid from articles_fts where articles_fts match 'reykjavik OR ministres OR Министры' order by rowid`.execute(db)).rows;
  return { ...tables, search };
}

async function reads(store: Store): Promise<unknown> {
  return {
    stories: await store.listStories({}),
    members: await Promise.all([0, 1, 2].map((s) => store.listStoryMembers(`s_batch${s}`))),
    days: await store.listDays(),
    stats: await store.stats(),
    search: (await store.search('Reykjavik', {})).map((hit) => hit.articleId),
    searchFrench: (await store.search('rencontre', {})).map((hit) => hit.articleId),
    across: (await store.searchAcrossLanguages({ text: 'islande' })).map((hit) => hit.articleId),
    entities: await store.countEntityMentions('2021-05-01T00:00:00Z', '2021-06-01T00:00:00Z', 10),
    sections: await store.listSections(),
    shelves: await store.listSourceShelves(),
    activity: await store.listStoryActivity('2021-05-01T00:00:00Z', '2021-06-01T00:00:00Z'),
  };
}

const variants: { name: string; postgres: boolean; skip: boolean; open: () => Promise<Store> }[] = [
  { name: 'sqlite', postgres: false, skip: false, open: () => openStore({ database: ':memory:' }) },
  {
    name: 'postgres',
    postgres: true,
    skip: !serverUrl,
    open: async () => {
      const database = await createTestDatabase(serverUrl);
      drops.push(database.drop);
      return openStore({ database: database.url });
    },
  },
];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`insertArchiveBatch on ${variant.name}`, () => {
    it('leaves every table, search index and reader query as the one-by-one path does', async () => {
      const [slow, fast] = [await variant.open(), await variant.open()];
      try {
        const stories = archive();
        await writeOneByOne(slow, stories);
        // Two batches: the second must continue the first's row numbers.
        await fast.insertArchiveBatch(stories.slice(0, 2));
        await fast.insertArchiveBatch(stories.slice(2));
        const expected = await dump(slow, variant.postgres);
        expect(expected.articles).toHaveLength(6);
        expect(expected.article_entities).toHaveLength(12);
        expect(expected.search?.length).toBeGreaterThan(0);
        expect(await dump(fast, variant.postgres)).toEqual(expected);
        expect(await reads(fast)).toEqual(await reads(slow));
        if (!variant.postgres) {
          // FTS5 checks its index against the articles table and throws on any difference.
          await sql`insert into articles_fts (articles_fts) values ('integrity-check')`.execute((fast as KyselyStore).db);
        }
        // The archive is live: clustering and the one-by-one path go on from it.
        const next = makeArticle({ id: 'a_after', contentHash: 'after', title: 'Reykjavik again' });
        await fast.insertArticle(next);
        await fast.assignArticle(next.id, 's_batch0', makeReason());
        expect((await fast.listStoryMembers('s_batch0')).map((m) => m.articleId)).toContain('a_after');
        expect((await fast.search('again', {})).map((hit) => hit.articleId)).toEqual(['a_after']);
      } finally {
        await slow.close();
        await fast.close();
      }
    });

    it('refuses a batch with an article or story already stored, or one twice, and writes none of it', async () => {
      const store = await variant.open();
      try {
        const stories = archive();
        await store.insertArchiveBatch(stories.slice(0, 1));
        const before = await dump(store, variant.postgres);
        const fresh = stories.slice(1);
        const storedArticle = { ...fresh[0]!, members: [...fresh[0]!.members, stories[0]!.members[0]!] };
        await expect(store.insertArchiveBatch([storedArticle, fresh[1]!])).rejects.toThrow(/article a_batch0_0 is already stored/);
        const sameHash = { ...fresh[0]!, members: [{ ...fresh[0]!.members[0]!, article: { ...fresh[0]!.members[0]!.article, id: 'a_other', contentHash: 'batch-0-0' } }] };
        await expect(store.insertArchiveBatch([sameHash])).rejects.toThrow(/content hash batch-0-0 is already stored/);
        await expect(store.insertArchiveBatch([stories[0]!])).rejects.toThrow(InputError);
        await expect(store.insertArchiveBatch([fresh[0]!, fresh[0]!])).rejects.toThrow(/story s_batch1 is in the batch twice/);
        await expect(store.insertArchiveBatch([{ ...fresh[0]!, members: [] }])).rejects.toThrow(/has no articles/);
        expect(await dump(store, variant.postgres)).toEqual(before);
      } finally {
        await store.close();
      }
    });
  });
}
