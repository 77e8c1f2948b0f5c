// The page frame: head, skip link, masthead with search, navigation, main landmark and footer.
import type { Child } from 'hono/jsx';
import type { Ui } from '../i18n/index.js';
import { ASSET_PATHS } from '../assets/asset-paths.js';
import { FeedHeadLinks } from './feed-links.js';
import { LanguageSwitch } from './language-switch.js';

export type Section = 'latest' | 'days' | 'search' | 'sections' | 'storylines' | 'settings' | null;

export interface LayoutProps {
  ui: Ui;
  /** Page title without the site name; null on the home page. */
  title: string | null;
  description?: string;
  section: Section;
  /** Current search, kept in the header's search box. */
  query?: string;
  /** Feed address without extension (`/feeds/front`): announced in the head for feed readers. */
  feed?: string;
  children?: Child;
}

export function Layout({ ui, title, description, section, query, feed, children }: LayoutProps) {
  const { msg } = ui;
  const current = (name: Section) => (section === name ? 'page' : undefined);
  return (
    <html lang={ui.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{title ? `${title} · ${ui.siteName}` : `${ui.siteName} · ${msg.tagline}`}</title>
        <meta name="description" content={description ?? msg.tagline} />
        <link rel="stylesheet" href={ASSET_PATHS.css} />
        <link rel="icon" href={ASSET_PATHS.icon} type="image/svg+xml" />
        {feed ? <FeedHeadLinks base={feed} title={title ?? ui.siteName} /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {msg.skipToContent}
        </a>
        <header class="masthead">
          <div class="wrap masthead-row">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">
                {ui.siteName.slice(0, 1)}
              </span>
              <span class="brand-name">{ui.siteName}</span>
            </a>
            <p class="tagline">{msg.tagline}</p>
            <form class="search-box" role="search" action="/search" method="get">
              <label class="visually-hidden" for="site-search">
                {msg.searchLabel}
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                value={query ?? ''}
                placeholder={msg.searchPlaceholder}
                autocomplete="off"
              />
              <button type="submit">{msg.searchButton}</button>
            </form>
            <LanguageSwitch ui={ui} />
          </div>
          <nav class="section-nav" aria-label={ui.siteName}>
            <div class="wrap">
              <a href="/" aria-current={current('latest')}>
                {msg.navLatest}
              </a>
              <a href="/days" aria-current={current('days')}>
                {msg.navDays}
              </a>
              <a href="/sections" aria-current={current('sections')}>
                {msg.navSections}
              </a>
              <a href="/storylines" aria-current={current('storylines')}>
                {msg.navStorylines}
              </a>
              <a href="/search" aria-current={current('search')}>
                {msg.navSearch}
              </a>
              <a href="/settings" aria-current={current('settings')}>
                {msg.navSettings}
              </a>
            </div>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap footer-row">
            <p>
              <strong>{ui.siteName}</strong> · {msg.footerAbout}
            </p>
            <p>
              <a href="/api/stories">{msg.footerApi}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
