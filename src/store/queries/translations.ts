// Article translations in portable SQL: upsert by (article, target language), list for a set of articles.
import type { Kysely, Selectable, Transaction } from 'kysely';
import { NotFoundError } from '../../domain/index.js';
import type { ArticleTranslation, LangCode, TranslationQuality } from '../../domain/index.js';
import { chunk } from './page.js';
import type { ArticleTranslationsTable, Database } from './tables.js';
import { toUtcIso } from './time.js';

type TranslationRow = Selectable<ArticleTranslationsTable>;

function toTranslation(row: TranslationRow): ArticleTranslation {
  return {
    articleId: row.article_id,
    target: row.target,
    title: row.title,
    text: row.text,
    provider: row.provider,
    quality: row.quality as TranslationQuality,
    path: JSON.parse(row.path) as string[],
    translatedAt: row.translated_at,
  };
}

function toRow(translation: ArticleTranslation): TranslationRow {
  // Checked, not stored: the caller's string is kept as given, like every other `*_at` column.
  toUtcIso(translation.translatedAt, 'translatedAt', translation.articleId);
  return {
    article_id: translation.articleId,
    target: translation.target,
    title: translation.title,
    text: translation.text,
    provider: translation.provider,
    quality: translation.quality,
    path: JSON.stringify(translation.path),
    translated_at: translation.translatedAt,
  };
}

/**
 * The article is looked up first, inside the transaction, so an unknown one is a NotFoundError
 * naming it rather than a dialect-specific foreign-key failure.
 */
export async function saveTranslation(trx: Transaction<Database>, translation: ArticleTranslation): Promise<void> {
  const row = toRow(translation);
  const article = await trx.selectFrom('articles').select('id').where('id', '=', row.article_id).executeTakeFirst();
  if (!article) {
    throw new NotFoundError(
      'store',
      `no article ${row.article_id} to save a ${row.target} translation for`,
      row.article_id,
    );
  }
  await trx
    .insertInto('article_translations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['article_id', 'target']).doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        text: eb.ref('excluded.text'),
        provider: eb.ref('excluded.provider'),
        quality: eb.ref('excluded.quality'),
        path: eb.ref('excluded.path'),
        translated_at: eb.ref('excluded.translated_at'),
      })),
    )
    .execute();
}

/** Ids are de-duplicated and queried in chunks (bound-parameter limits); result ordered by article id. */
export async function listTranslations(
  db: Kysely<Database>,
  articleIds: string[],
  target: LangCode,
): Promise<ArticleTranslation[]> {
  const ids = [...new Set(articleIds)].sort();
  const translations: ArticleTranslation[] = [];
  for (const part of chunk(ids)) {
    const rows = await db
      .selectFrom('article_translations')
      .selectAll()
      .where('target', '=', target)
      .where('article_id', 'in', part)
      .orderBy('article_id')
      .execute();
    translations.push(...rows.map(toTranslation));
  }
  return translations;
}
