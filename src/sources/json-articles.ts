// The JSON article format: one object or a list of objects with title, text or html, url, source, publishedAt, language.
import { z } from 'zod';
import type { RawDocument } from '../domain/index.js';

const optionalText = z.string().trim().optional().nullable();

export const jsonArticleSchema = z
  .object({
    title: optionalText,
    text: optionalText,
    html: optionalText,
    url: optionalText,
    source: optionalText,
    publishedAt: optionalText,
    language: optionalText,
  })
  .refine((a) => Boolean(a.text) || Boolean(a.html), {
    message: 'needs a non-empty "text" or "html" field',
  });

export type JsonArticle = z.infer<typeof jsonArticleSchema>;

/** One item's problem, phrased for a person: `item 3: "title" must be a string`. */
export function describeSchemaProblem(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
      return `${path}${issue.message}`.trim();
    })
    .join('; ');
}

/** Builds the RawDocument for a validated JSON article. */
export function toRawDocument(article: JsonArticle, ref: string): RawDocument {
  const hints: RawDocument['hints'] = {};
  if (article.title) hints.title = article.title;
  if (article.url) hints.url = article.url;
  if (article.source) hints.source = article.source;
  if (article.publishedAt) hints.publishedAt = article.publishedAt;
  if (article.language) hints.language = article.language;
  return article.text
    ? { ref, format: 'text', body: article.text, hints }
    : { ref, format: 'html', body: article.html ?? '', hints };
}
