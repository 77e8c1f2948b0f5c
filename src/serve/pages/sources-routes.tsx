// The sources page (every followed feed, sitemap and page with its health) and /sources.opml for feed readers.
import { Hono } from 'hono';
import type { Source } from '../../domain/index.js';
import { writeOpml } from '../../sources/index.js';
import type { Store } from '../../store/store.js';
import type { ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import type { Ui } from '../i18n/index.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';

const labels = {
  en: {
    title: 'Sources',
    intro: 'The feeds, sitemaps and sites this desk follows, and how each one is doing.',
    none: 'No sources yet. Add one with: babelwire sources add <url>',
    opml: 'Download as OPML',
    name: 'Source',
    kind: 'Kind',
    health: 'Health',
    lastFetch: 'Last fetch',
    nextFetch: 'Next fetch',
    articles: 'Articles',
    perDay: 'per day',
    ok: 'OK',
    failing: (n: number) => `Failing (${n} in a row)`,
    pending: 'Not fetched yet',
    never: 'never',
    every: (m: number) => `every ${m} min`,
  },
  fr: {
    title: 'Sources',
    intro: 'Les flux, plans de site et sites suivis, et l’état de chacun.',
    none: 'Aucune source pour l’instant. Ajoutez-en une : babelwire sources add <url>',
    opml: 'Télécharger en OPML',
    name: 'Source',
    kind: 'Type',
    health: 'État',
    lastFetch: 'Dernière lecture',
    nextFetch: 'Prochaine lecture',
    articles: 'Articles',
    perDay: 'par jour',
    ok: 'OK',
    failing: (n: number) => `En échec (${n} de suite)`,
    pending: 'Pas encore lue',
    never: 'jamais',
    every: (m: number) => `toutes les ${m} min`,
  },
} as const;

export function createSourcesRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const routes = new Hono<ServeEnv>();

  routes.get('/sources', async (c) => {
    const { ui } = c.var.reader;
    return renderPage(c, <SourcesPage ui={ui} sources={await store.listSources()} />);
  });

  routes.get('/sources.opml', async (c) => {
    const sources = await store.listSources();
    const opml = writeOpml(
      sources.map((s) => ({ url: s.url, name: s.name, section: s.section, language: s.language, kind: s.kind })),
      `${settings.siteName} sources`,
    );
    c.header('Content-Type', 'text/x-opml; charset=utf-8');
    c.header('Content-Disposition', 'inline; filename="sources.opml"');
    return c.body(opml);
  });

  return routes;
}

function SourcesPage({ ui, sources }: { ui: Ui; sources: Source[] }) {
  const t = ui.lang.startsWith('fr') ? labels.fr : labels.en;
  const when = (iso: string | null) => (iso ? <time datetime={iso}>{ui.fmt.dateTime(iso)}</time> : t.never);
  return (
    <Layout ui={ui} title={t.title} section={null}>
      <div class="page-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p>
          <a href="/sources.opml">{t.opml}</a>
        </p>
      </div>
      {sources.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <table class="sources">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.health}</th>
              <th scope="col">{t.lastFetch}</th>
              <th scope="col">{t.nextFetch}</th>
              <th scope="col">{t.articles}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr class={s.lastError ? 'source failing' : 'source'}>
                <th scope="row">
                  <a href={s.url} rel="nofollow noopener">
                    {s.name ?? s.url}
                  </a>
                  {s.section ? <span class="section"> · {s.section}</span> : null}
                  {s.language ? <span class="lang"> · {s.language}</span> : null}
                </th>
                <td>
                  {s.kind} <span class="interval">({t.every(s.intervalMinutes)})</span>
                </td>
                <td>
                  {s.lastError ? (
                    <>
                      <strong>{t.failing(s.consecutiveFailures)}</strong>
                      <br />
                      <small class="error">{s.lastError}</small>
                    </>
                  ) : s.lastFetchAt ? (
                    t.ok
                  ) : (
                    t.pending
                  )}
                </td>
                <td>{when(s.lastFetchAt)}</td>
                <td>{when(s.nextDueAt)}</td>
                <td>
                  {s.articleCount} ({s.articlesPerDay} {t.perDay})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
