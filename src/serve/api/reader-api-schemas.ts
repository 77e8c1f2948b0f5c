// Shapes of the reader-site API (front page, entities, sections, sources, search across languages) as zod schemas.
import { z } from 'zod';
import { dayParam, searchTextParam } from '../query-params.js';
import { articleSummarySchema, createListQuery, pageInfoSchema, searchHitSchema, storySchema } from './api-schemas.js';

export function createReaderSearchQuery(defaultLimit: number) {
  return createListQuery(defaultLimit).extend({
    q: searchTextParam,
    language: z.string().max(20).optional(),
    source: z.string().max(200).optional(),
    from: dayParam.optional(),
    to: dayParam.optional(),
  });
}

const entityKind = z.enum(['person', 'place', 'org', 'other']);

export const entityCountSchema = z.strictObject({ id: z.string(), name: z.string(), kind: entityKind, articles: z.number() });
export const shelfSchema = z.strictObject({ name: z.string(), articles: z.number(), lastPublishedUtc: z.string().nullable() });

/** GET /api/front */
export const frontResponseSchema = z.strictObject({
  reference: z.string(),
  top: z.array(z.strictObject({ story: storySchema, score: z.number(), recent: z.number(), headline: z.string(), headlineLanguage: z.string().nullable() })),
  latest: z.array(articleSummarySchema),
  risingEntities: z.array(z.strictObject({ id: z.string(), name: z.string(), kind: z.string(), now: z.number(), before: z.number() })),
  risingStories: z.array(z.strictObject({ story: storySchema, recent: z.number() })),
});

/** GET /api/entities/:id */
export const entityResponseSchema = z.strictObject({ entity: entityCountSchema, stories: z.array(storySchema), page: pageInfoSchema });
/** GET /api/sections, /api/sources */
export const shelvesResponseSchema = z.strictObject({ shelves: z.array(shelfSchema) });
/** GET /api/sections/:name, /api/sources/:name */
export const shelfResponseSchema = z.strictObject({ name: z.string(), articles: z.array(articleSummarySchema), page: pageInfoSchema });
/** GET /api/search/languages */
export const readerSearchResponseSchema = z.strictObject({
  query: z.string(),
  hits: z.array(searchHitSchema.extend({ matchedBy: z.array(z.enum(['text', 'translation', 'entity'])) })),
  page: pageInfoSchema,
});
/** GET /api/stories/:id/related */
export const relatedResponseSchema = z.strictObject({ stories: z.array(storySchema) });

export type FrontResponse = z.infer<typeof frontResponseSchema>;
export type EntityResponse = z.infer<typeof entityResponseSchema>;
export type ShelvesResponse = z.infer<typeof shelvesResponseSchema>;
export type ShelfResponse = z.infer<typeof shelfResponseSchema>;
export type ReaderSearchResponse = z.infer<typeof readerSearchResponseSchema>;
export type RelatedResponse = z.infer<typeof relatedResponseSchema>;
