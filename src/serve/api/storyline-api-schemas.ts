// Shapes of the storyline API (list, one storyline with its stories, a story's storyline) as zod schemas.
import { z } from 'zod';
import { pageInfoSchema, storySchema } from './api-schemas.js';
import { entityCountSchema } from './reader-api-schemas.js';

export const storylineLinkSchema = z.strictObject({
  linkedTo: z.string().nullable().describe('The earlier story it links to; null for the first story.'),
  score: z.number(),
  sharedEntities: z.array(z.string()).describe('Entity ids both stories have among their core entities.'),
  sharedTerms: z.array(z.string()),
  gapDays: z.number().nullable().describe('Days between the two stories; 0 when they overlap, null when undated.'),
});

export const storylineSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  entities: z.array(entityCountSchema),
  storyCount: z.number(),
  storyIds: z.array(z.string()),
  firstPublishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** GET /api/storylines */
export const storylineListResponseSchema = z.strictObject({ storylines: z.array(storylineSummarySchema), page: pageInfoSchema });
/** GET /api/storylines/:id */
export const storylineResponseSchema = z.strictObject({
  storyline: storylineSummarySchema,
  stories: z.array(z.strictObject({ story: storySchema, link: storylineLinkSchema })),
});
/** GET /api/stories/:id/storyline */
export const storyStorylineResponseSchema = z.strictObject({ storyline: storylineSummarySchema.nullable() });

export type StorylineSummaryJson = z.infer<typeof storylineSummarySchema>;
export type StorylineListResponse = z.infer<typeof storylineListResponseSchema>;
export type StorylineResponse = z.infer<typeof storylineResponseSchema>;
export type StoryStorylineResponse = z.infer<typeof storyStorylineResponseSchema>;
