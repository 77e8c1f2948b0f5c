// A section's or a source's page: its articles, newest first, with headlines in the reader's language; and the list of sections.
import type { Article } from '../../domain/index.js';
import type { ShelfSummary } from '../../store/store.js';
import type { Ui } from '../i18n/index.js';
import type { PageTranslations } from '../reader/index.js';
import { sectionHref } from './article-byline.js';
import { FeedLinks } from './feed-links.js';
import { LatestList } from './home-page.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';

export interface ShelfPageProps {
  ui: Ui;
  translations: PageTranslations;
  title: string;
  intro?: string;
  articles: Article[];
  /** Feed address without extension, when the shelf has feeds. */
  feed?: string;
  page: number;
  prevHref: string | null;
  nextHref: string | null;
}

export function ShelfPage({ ui, translations, title, intro, articles, feed, page, prevHref, nextHref }: ShelfPageProps) {
  return (
    <Layout ui={ui} title={title} section="sections" feed={feed}>
      <div class="page-head">
        <h1>{title}</h1>
        {intro ? <p>{intro}</p> : null}
      </div>
      <LatestList ui={ui} translations={translations} articles={articles} />
      <Pager ui={ui} page={page} prevHref={prevHref} nextHref={nextHref} />
      {feed ? <FeedLinks ui={ui} base={feed} /> : null}
    </Layout>
  );
}

export function SectionsPage({ ui, sections }: { ui: Ui; sections: ShelfSummary[] }) {
  const { msg } = ui;
  return (
    <Layout ui={ui} title={msg.sectionsTitle} section="sections">
      <div class="page-head">
        <h1>{msg.sectionsTitle}</h1>
      </div>
      {sections.length === 0 ? (
        <p class="empty">{msg.noArticles}</p>
      ) : (
        <ul class="tally">
          {sections.map((section) => (
            <li>
              <a href={sectionHref(section.name)}>{section.name}</a> <span class="muted">· {msg.articles(section.articles)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
