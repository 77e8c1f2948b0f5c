// The storyline part of the JSON API: storylines latest first, one storyline with its stories and links, a story's storyline.
import { Hono } from 'hono';
import { NotFoundError } from '../../domain/index.js';
import type { Storyline } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { loadStoryline, loadStorylineOf } from '../data/load-storyline.js';
import { parseQuery } from '../query-params.js';
import type { ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { createListQuery } from './api-schemas.js';
import type { StorylineListResponse, StorylineResponse, StorylineSummaryJson, StoryStorylineResponse } from './storyline-api-schemas.js';
import { toStoryJson } from './to-json.js';

function toSummaryJson(storyline: Storyline): StorylineSummaryJson {
  return {
    id: storyline.id,
    title: storyline.title,
    entities: storyline.entities.map(({ id, kind, name, articles }) => ({ id, kind, name, articles })),
    storyCount: storyline.storyCount,
    storyIds: storyline.members.map((m) => m.storyId),
    firstPublishedAt: storyline.firstPublishedAt,
    lastPublishedAt: storyline.lastPublishedAt,
    createdAt: storyline.createdAt,
    updatedAt: storyline.updatedAt,
  };
}

export function createStorylineApiRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const api = new Hono<ServeEnv>();
  const listQuery = createListQuery(settings.pageSize);

  api.get('/storylines', async (c) => {
    const { limit, offset } = parseQuery(c, listQuery);
    const storylines = await store.listStorylines({ limit: limit + 1, offset });
    const body: StorylineListResponse = {
      storylines: storylines.slice(0, limit).map(toSummaryJson),
      page: { limit, offset, nextOffset: storylines.length > limit ? offset + limit : null },
    };
    return c.json(body);
  });

  api.get('/storylines/:id', async (c) => {
    const id = c.req.param('id');
    const view = await loadStoryline(store, id);
    if (!view) throw new NotFoundError('serve', 'no storyline with this id', id);
    const links = new Map(view.storyline.members.map((m) => [m.storyId, m.link]));
    const body: StorylineResponse = {
      storyline: toSummaryJson(view.storyline),
      stories: view.cards.flatMap(({ story }) => {
        const link = links.get(story.id);
        return link ? [{ story: toStoryJson(story), link }] : [];
      }),
    };
    return c.json(body);
  });

  api.get('/stories/:id/storyline', async (c) => {
    const id = c.req.param('id');
    if (!(await store.getStory(id))) throw new NotFoundError('serve', 'no story with this id', id);
    const storyline = await loadStorylineOf(store, id);
    const body: StoryStorylineResponse = { storyline: storyline ? toSummaryJson(storyline) : null };
    return c.json(body);
  });

  return api;
}
