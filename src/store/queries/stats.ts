// Store statistics in portable SQL: counts, languages histogram, queued jobs.
import type { Kysely } from 'kysely';
import type { StoreStats } from '../store.js';
import type { Database } from './tables.js';

export async function readStats(db: Kysely<Database>): Promise<StoreStats> {
  const count = (table: 'articles' | 'stories') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const [articles, stories, queued, languages] = await Promise.all([
    count('articles'),
    count('stories'),
    db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).where('state', '=', 'queued').executeTakeFirstOrThrow(),
    db
      .selectFrom('articles')
      .select((eb) => ['language', eb.fn.countAll().as('n')])
      .groupBy('language')
      .orderBy('language')
      .execute(),
  ]);
  return {
    articles: Number(articles.n),
    stories: Number(stories.n),
    languages: Object.fromEntries(languages.map((row) => [row.language, Number(row.n)])),
    queuedJobs: Number(queued.n),
  };
}
