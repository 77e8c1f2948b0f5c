// Archive and navigation pages added for the reader: entity pages, sections, sources and reader settings.
import { Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { createUi, isTimeZone } from '../i18n/index.js';
import { MAX_LIMIT, integerParam, parseQuery } from '../query-params.js';
import { isReaderLanguage, loadPageTranslations, rememberTimeZone, type ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { EntityPage } from '../views/entity-page.js';
import { renderPage } from '../views/render-page.js';
import { SettingsPage } from '../views/settings-page.js';
import { SectionsPage, ShelfPage } from '../views/shelf-page.js';
import { cardArticleIds, loadCards } from './page-routes.js';

const MAX_PAGE = 1_000;
const pageQuery = z.object({ page: integerParam(1, MAX_PAGE).optional().default(1) });
const settingsQuery = z.object({
  lang: z.string().max(10).optional(),
  tz: z.string().max(64).optional(),
});

/** Every IANA zone Intl knows, computed once; UTC first. */
const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

export function createReaderRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const pages = new Hono<ServeEnv>();
  const size = Math.max(1, Math.min(MAX_LIMIT, settings.pageSize));
  const pageHref = (base: string, n: number) => (n <= 1 ? base : `${base}?page=${n}`);

  pages.get('/entities/:id', async (c) => {
    const { ui, lang } = c.var.reader;
    const { page } = parseQuery(c, pageQuery);
    const id = c.req.param('id');
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError('serve', 'no article mentions this entity', id);
    const stories = await store.listEntityStories(id, { limit: size + 1, offset: (page - 1) * size });
    const cards = await loadCards(store, stories.slice(0, size));
    const translations = await loadPageTranslations(store, cards.flatMap(cardArticleIds), lang);
    const base = `/entities/${encodeURIComponent(id)}`;
    return renderPage(
      c,
      <EntityPage
        ui={ui}
        translations={translations}
        entity={entity}
        cards={cards}
        page={page}
        prevHref={page > 1 ? pageHref(base, page - 1) : null}
        nextHref={stories.length > size ? pageHref(base, page + 1) : null}
      />,
    );
  });

  pages.get('/sections', async (c) => {
    return renderPage(c, <SectionsPage ui={c.var.reader.ui} sections={await store.listSections()} />);
  });

  for (const kind of ['section', 'source'] as const) {
    const route = kind === 'section' ? '/sections/:name' : '/source/:name';
    pages.get(route, async (c) => {
      const { ui, lang } = c.var.reader;
      const { page } = parseQuery(c, pageQuery);
      const name = c.req.param('name');
      const filter = kind === 'section' ? { section: name } : { sourceName: name };
      const articles = await store.listArticles({ ...filter, newestFirst: true, limit: size + 1, offset: (page - 1) * size });
      if (articles.length === 0 && page === 1) throw new NotFoundError('serve', `no articles in this ${kind}`, name);
      const translations = await loadPageTranslations(store, articles.map((a) => a.id), lang);
      const base = kind === 'section' ? `/sections/${encodeURIComponent(name)}` : `/source/${encodeURIComponent(name)}`;
      return renderPage(
        c,
        <ShelfPage
          ui={ui}
          translations={translations}
          title={kind === 'section' ? ui.msg.sectionTitle(name) : ui.msg.sourceTitle(name)}
          intro={kind === 'source' ? ui.msg.sourcesIntro : undefined}
          articles={articles.slice(0, size)}
          feed={kind === 'section' ? `/feeds/sections/${encodeURIComponent(name)}` : undefined}
          page={page}
          prevHref={page > 1 ? pageHref(base, page - 1) : null}
          nextHref={articles.length > size ? pageHref(base, page + 1) : null}
        />,
      );
    });
  }

  // A GET form: the reader middleware already stored `?lang=`; the zone is checked and stored here.
  pages.get('/settings', async (c) => {
    const { ui, timeZone } = c.var.reader;
    const { lang, tz } = parseQuery(c, settingsQuery);
    const zone = isTimeZone(tz) ? tz : timeZone;
    if (isTimeZone(tz)) rememberTimeZone(c, tz);
    const saved = isTimeZone(tz) || isReaderLanguage(lang);
    // The page shows dates in the zone just chosen, so the Ui is rebuilt when it changed.
    const shown = zone === timeZone ? ui : { ...ui, fmt: createUi(ui.siteName, ui.lang, zone).fmt };
    return renderPage(c, <SettingsPage ui={shown} timeZone={zone} zones={TIME_ZONES} saved={saved} />);
  });

  return pages;
}
