// Storyline pages: the list of storylines and one storyline's timeline.
import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { loadStoryline } from '../data/load-storyline.js';
import { MAX_LIMIT, integerParam, parseQuery } from '../query-params.js';
import { loadPageTranslations, type ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { renderPage } from '../views/render-page.js';
import { StorylinePage } from '../views/storyline-page.js';
import { StorylinesPage } from '../views/storylines-page.js';

const MAX_PAGE = 1_000;
const pageQuery = z.object({ page: integerParam(1, MAX_PAGE).optional().default(1) });

export function createStorylineRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const pages = new Hono<ServeEnv>();
  const size = Math.max(1, Math.min(MAX_LIMIT, settings.pageSize));

  pages.get('/storylines', async (c) => {
    const { page } = parseQuery(c, pageQuery);
    const storylines = await store.listStorylines({ limit: size + 1, offset: (page - 1) * size });
    const href = (n: number) => (n <= 1 ? '/storylines' : `/storylines?page=${n}`);
    return renderPage(
      c,
      <StorylinesPage
        ui={c.var.reader.ui}
        storylines={storylines.slice(0, size)}
        page={page}
        prevHref={page > 1 ? href(page - 1) : null}
        nextHref={storylines.length > size ? href(page + 1) : null}
      />,
    );
  });

  pages.get('/storylines/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const id = c.req.param('id');
    const view = await loadStoryline(store, id);
    if (!view) throw new NotFoundError('serve', 'no storyline with this id', id);
    const translations = await loadPageTranslations(store, view.cards.map((card) => card.story.leadArticleId), lang);
    return renderPage(c, <StorylinePage ui={ui} translations={translations} storyline={view.storyline} cards={view.cards} />);
  });

  return pages;
}
