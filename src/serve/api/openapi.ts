// The OpenAPI 3.1 description of the JSON API, its response shapes generated from the same zod schemas the routes use.
import { z } from 'zod';
import { articleResponseSchema, daysResponseSchema, errorResponseSchema, searchResponseSchema, storyListResponseSchema, storyResponseSchema } from './api-schemas.js';
import {
  entityResponseSchema,
  frontResponseSchema,
  readerSearchResponseSchema,
  relatedResponseSchema,
  shelfResponseSchema,
  shelvesResponseSchema,
} from './reader-api-schemas.js';
import { storylineListResponseSchema, storylineResponseSchema, storyStorylineResponseSchema } from './storyline-api-schemas.js';

interface Param {
  name: string;
  in: 'query' | 'path';
  description: string;
  required?: boolean;
}

const page: Param[] = [
  { name: 'limit', in: 'query', description: 'Items per page (1-100).' },
  { name: 'offset', in: 'query', description: 'Items to skip.' },
];
const lang: Param = { name: 'lang', in: 'query', description: 'Reader language for translations (en, fr); the bw_lang cookie otherwise.' };
const idParam = (name: string, description: string): Param => ({ name, in: 'path', description, required: true });

/** path -> summary, parameters, response schema. */
const OPERATIONS: [string, string, Param[], z.ZodType][] = [
  ['/api/front', 'Front page: top stories by trend score, latest articles, rising entities and stories of 24 h', [lang], frontResponseSchema],
  ['/api/stories', 'Stories, latest first', [...page, { name: 'day', in: 'query', description: 'Only stories with an article that UTC day (YYYY-MM-DD).' }, lang], storyListResponseSchema],
  ['/api/stories/{id}', 'A story with its members and why each belongs', [idParam('id', 'Story id'), lang], storyResponseSchema],
  ['/api/stories/{id}/related', 'Related stories ("Read also")', [idParam('id', 'Story id')], relatedResponseSchema],
  ['/api/stories/{id}/storyline', 'The storyline the story belongs to (null when none)', [idParam('id', 'Story id')], storyStorylineResponseSchema],
  ['/api/storylines', 'Storylines (stories about one evolving situation), latest first', [...page], storylineListResponseSchema],
  ['/api/storylines/{id}', 'A storyline: its stories in order, each with what links it to an earlier one', [idParam('id', 'Storyline id')], storylineResponseSchema],
  ['/api/articles/{id}', 'An article with its translation into the reader language', [idParam('id', 'Article id'), lang], articleResponseSchema],
  ['/api/entities/{id}', 'Stories mentioning an entity, in any language', [idParam('id', 'Entity id, e.g. person:vladimir-putin'), ...page], entityResponseSchema],
  ['/api/sections', 'Sections with article counts', [], shelvesResponseSchema],
  ['/api/sections/{name}', 'Articles of a section, newest first', [idParam('name', 'Section name'), ...page], shelfResponseSchema],
  ['/api/sources', 'Sources with article counts', [], shelvesResponseSchema],
  ['/api/sources/{name}', 'Articles of a source, newest first', [idParam('name', 'Source name'), ...page], shelfResponseSchema],
  ['/api/days', 'Days with news', [], daysResponseSchema],
  ['/api/search', 'Full-text search over original titles and texts', [{ name: 'q', in: 'query', description: 'Words to find.', required: true }, ...page], searchResponseSchema],
  [
    '/api/search/languages',
    'Search across languages: originals, stored translations and entity aliases, with filters',
    [
      { name: 'q', in: 'query', description: 'Words to find, in any language.', required: true },
      { name: 'language', in: 'query', description: 'Only articles in this language.' },
      { name: 'source', in: 'query', description: 'Only articles of this source.' },
      { name: 'from', in: 'query', description: 'First UTC day (YYYY-MM-DD).' },
      { name: 'to', in: 'query', description: 'Last UTC day (YYYY-MM-DD).' },
      ...page,
    ],
    readerSearchResponseSchema,
  ],
];

export function buildOpenApi(siteName: string): Record<string, unknown> {
  const error = { description: 'Error', content: { 'application/json': { schema: z.toJSONSchema(errorResponseSchema, { io: 'output' }) } } };
  const paths = Object.fromEntries(
    OPERATIONS.map(([path, summary, parameters, schema]) => [
      path,
      {
        get: {
          summary,
          parameters: parameters.map((p) => ({ ...p, required: p.required ?? false, schema: { type: 'string' } })),
          responses: {
            200: { description: 'OK', content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) } } },
            400: error,
            404: error,
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: `${siteName} JSON API`, version: '1', description: 'Read-only news: stories across languages, articles, translations, trends, archives.' },
    paths,
  };
}
