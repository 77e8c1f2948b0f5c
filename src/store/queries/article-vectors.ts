// Article sentence vectors in portable SQL: upsert by (article, model), read for a set of articles.
import type { Kysely, Transaction } from 'kysely';
import { InputError, InternalError, NotFoundError } from '../../domain/index.js';
import type { ArticleVector } from '../store.js';
import { chunk } from './page.js';
import type { Database } from './tables.js';
import { nowUtcIso } from './time.js';

export async function saveArticleVector(trx: Transaction<Database>, vector: ArticleVector): Promise<void> {
  const values = vector.vector;
  if (values.length === 0 || !values.every((v) => Number.isFinite(v))) {
    throw new InputError('store', `vector for article ${vector.articleId} (${vector.model}) must be non-empty and finite`, vector.articleId);
  }
  const article = await trx.selectFrom('articles').select('id').where('id', '=', vector.articleId).executeTakeFirst();
  if (!article) throw new NotFoundError('store', `no article ${vector.articleId} to save a ${vector.model} vector for`, vector.articleId);
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  await trx
    .insertInto('article_vectors')
    .values({ article_id: vector.articleId, model: vector.model, dimensions: values.length, vector: bytes, created_at: nowUtcIso() })
    .onConflict((oc) =>
      oc.columns(['article_id', 'model']).doUpdateSet((eb) => ({
        dimensions: eb.ref('excluded.dimensions'),
        vector: eb.ref('excluded.vector'),
        created_at: eb.ref('excluded.created_at'),
      })),
    )
    .execute();
}

/** Article id -> vector for the articles that have one from `model`. */
export async function getArticleVectors(db: Kysely<Database>, articleIds: string[], model: string): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  for (const part of chunk([...new Set(articleIds)].sort())) {
    const rows = await db
      .selectFrom('article_vectors')
      .select(['article_id', 'dimensions', 'vector'])
      .where('model', '=', model)
      .where('article_id', 'in', part)
      .execute();
    for (const row of rows) {
      const bytes = Buffer.from(row.vector);
      if (bytes.length !== row.dimensions * 4) throw new InternalError('store', `vector of article ${row.article_id} (${model}) has ${bytes.length} bytes for ${row.dimensions} dimensions`, row.article_id);
      const vector = new Float32Array(row.dimensions);
      for (let i = 0; i < row.dimensions; i++) vector[i] = bytes.readFloatLE(i * 4);
      out.set(row.article_id, vector);
    }
  }
  return out;
}
