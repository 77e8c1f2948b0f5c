// The JSON API's shapes as zod schemas: one source for the TS types, the tests' shape checks and a future OpenAPI document.
import { z } from 'zod';
import { MAX_LIMIT, dayParam, integerParam, searchTextParam } from '../query-params.js';
import { READER_LANGUAGES } from '../reader/reader-language.js';

// ---- query parameters ----

export function createListQuery(defaultLimit: number) {
  return z.object({
    limit: integerParam(1, MAX_LIMIT).optional().default(Math.min(defaultLimit, MAX_LIMIT)),
    offset: integerParam(0, 1_000_000).optional().default(0),
  });
}

/** `?lang=` asks for translations into a reader language; without it the `bw_lang` cookie does. */
export const langQuery = z.object({
  lang: z.enum(READER_LANGUAGES, { message: `must be one of ${READER_LANGUAGES.join(', ')}` }).optional(),
});

export function createStoriesQuery(defaultLimit: number) {
  return createListQuery(defaultLimit).extend({ day: dayParam.optional() }).extend(langQuery.shape);
}

export function createSearchQuery(defaultLimit: number) {
  return createListQuery(defaultLimit).extend({ q: searchTextParam });
}

// ---- responses ----

const entityKind = z.enum(['person', 'place', 'org', 'other']);
const dateOrigin = z.enum(['input', 'jsonld', 'meta', 'text', 'none']);

export const storyEntitySchema = z.strictObject({
  id: z.string(),
  kind: entityKind,
  name: z.string(),
  articles: z.number(),
});

export const storySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  leadArticleId: z.string(),
  articleCount: z.number(),
  languages: z.array(z.string()),
  sources: z.array(z.string()),
  firstPublishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  entities: z.array(storyEntitySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const entityMentionSchema = z.strictObject({
  id: z.string(),
  kind: entityKind,
  name: z.string(),
  surfaces: z.array(z.string()),
  count: z.number(),
  inTitle: z.boolean(),
});

/** An article without its full text (lists, story members): metadata, entities and a short excerpt. */
export const articleSummarySchema = z.strictObject({
  id: z.string(),
  ref: z.string(),
  url: z.string().nullable(),
  sourceName: z.string().nullable(),
  credits: z.array(z.string()),
  author: z.string().nullable(),
  section: z.string().nullable(),
  imageUrl: z.string().nullable(),
  title: z.string(),
  excerpt: z.string(),
  language: z.string(),
  languageConfidence: z.number(),
  publishedAt: z.string().nullable(),
  publishedAtOrigin: dateOrigin,
  ingestedAt: z.string(),
  entities: z.array(entityMentionSchema),
  storyId: z.string().nullable(),
});

/** The full article: the summary fields plus clean text, dates mentioned and weighted terms. */
export const articleSchema = articleSummarySchema.omit({ excerpt: true }).extend({
  /** The standfirst under the headline, kept apart from the body; null when the page has none. */
  lead: z.string().nullable(),
  text: z.string(),
  dates: z.array(z.string()),
  terms: z.array(z.strictObject({ term: z.string(), weight: z.number() })),
  contentHash: z.string(),
});

const translationQuality = z.enum(['machine', 'gloss', 'original']);

/**
 * An article's translation into a reader language; `text` is null until the body is translated, and
 * starts with the translated lead as its first paragraph when the article has one.
 */
export const translationSchema = z.strictObject({
  articleId: z.string(),
  target: z.string(),
  title: z.string(),
  text: z.string().nullable(),
  provider: z.string(),
  /** 'machine' a real translation, 'gloss' word by word, 'original' none possible (title and text as written). */
  quality: translationQuality,
  /** Languages the text went through, e.g. ["fr", "ca", "en"]. */
  path: z.array(z.string()),
  translatedAt: z.string(),
});

/** How a listed title was translated, without the texts. */
export const translationInfoSchema = translationSchema.omit({ title: true, text: true });

/**
 * Present on listed stories and story members only when a reader language was asked for
 * (`?lang=` or the `bw_lang` cookie). `translatedTitle` is null when the title needs no translation
 * or none is usable yet; `translation` is null when none is stored.
 */
const translatedFields = {
  translatedTitle: z.string().nullable().optional(),
  translation: translationInfoSchema.nullable().optional(),
};

export const storyItemSchema = storySchema.extend(translatedFields);
export const memberArticleSchema = articleSummarySchema.extend(translatedFields);

export const matchReasonSchema = z.strictObject({
  score: z.number(),
  signals: z.record(z.string(), z.number()),
  sharedEntities: z.array(z.string()),
  sharedTerms: z.array(z.string()),
  timeDeltaHours: z.number().nullable(),
  founder: z.boolean(),
});

export const pageInfoSchema = z.strictObject({
  limit: z.number(),
  offset: z.number(),
  /** Offset of the next page, null on the last one. */
  nextOffset: z.number().nullable(),
});

/** GET /api/stories */
export const storyListResponseSchema = z.strictObject({
  stories: z.array(storyItemSchema),
  day: z.string().nullable(),
  page: pageInfoSchema,
});

/** GET /api/stories/:id */
export const storyResponseSchema = z.strictObject({
  story: storyItemSchema,
  members: z.array(
    z.strictObject({
      article: memberArticleSchema,
      reason: matchReasonSchema,
      /** Id of the earlier article of another outlet whose text this one nearly copies (a republished agency dispatch), else null. */
      nearCopyOf: z.string().nullable(),
    }),
  ),
});

/** GET /api/articles/:id */
export const articleResponseSchema = z.strictObject({
  article: articleSchema,
  /** The translation into the reader language asked for (`?lang=` or cookie); null when none is stored or none was asked. */
  translation: translationSchema.nullable(),
});

export const searchHitSchema = z.strictObject({
  articleId: z.string(),
  storyId: z.string().nullable(),
  title: z.string(),
  snippet: z.string(),
  language: z.string(),
  sourceName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  rank: z.number(),
});

/** GET /api/search */
export const searchResponseSchema = z.strictObject({
  query: z.string(),
  hits: z.array(searchHitSchema),
  page: pageInfoSchema,
});

/** GET /api/days */
export const daysResponseSchema = z.strictObject({
  days: z.array(z.strictObject({ day: z.string(), articles: z.number(), stories: z.number() })),
});

/** Every API error, whatever the status. `code` is the error class's stable code. */
export const errorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(['input', 'not_found', 'upstream', 'internal']),
    message: z.string(),
  }),
});

export type StoryJson = z.infer<typeof storySchema>;
export type StoryItemJson = z.infer<typeof storyItemSchema>;
export type MemberArticleJson = z.infer<typeof memberArticleSchema>;
export type TranslationJson = z.infer<typeof translationSchema>;
export type TranslationInfoJson = z.infer<typeof translationInfoSchema>;
export type ArticleSummaryJson = z.infer<typeof articleSummarySchema>;
export type ArticleJson = z.infer<typeof articleSchema>;
export type MatchReasonJson = z.infer<typeof matchReasonSchema>;
export type SearchHitJson = z.infer<typeof searchHitSchema>;
export type PageInfo = z.infer<typeof pageInfoSchema>;
export type StoryListResponse = z.infer<typeof storyListResponseSchema>;
export type StoryResponse = z.infer<typeof storyResponseSchema>;
export type ArticleResponse = z.infer<typeof articleResponseSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type DaysResponse = z.infer<typeof daysResponseSchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
