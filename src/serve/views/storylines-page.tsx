// Every storyline, latest first: its title (the entities its stories share), how many stories, and its time span.
import type { Storyline } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { storylineMessages } from '../i18n/storyline-messages.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';

export function StorylinesPage({ ui, storylines, page, prevHref, nextHref }: { ui: Ui; storylines: Storyline[]; page: number; prevHref: string | null; nextHref: string | null }) {
  const words = storylineMessages(ui.lang);
  return (
    <Layout ui={ui} title={words.listTitle} section="storylines">
      <div class="page-head">
        <h1>{words.listTitle}</h1>
        <p>{words.listIntro}</p>
      </div>
      {storylines.length === 0 ? (
        <p class="empty">{words.none}</p>
      ) : (
        <ol class="story-grid compact">
          {storylines.map((storyline) => (
            <li>
              <article class="story-card">
                <h2>
                  <a href={`/storylines/${encodeURIComponent(storyline.id)}`}>{storyline.title}</a>
                </h2>
                <p class="reach">
                  {words.stories(storyline.storyCount)}
                  {ui.fmt.span(storyline.firstPublishedAt, storyline.lastPublishedAt) ? ` · ${ui.fmt.span(storyline.firstPublishedAt, storyline.lastPublishedAt)}` : ''}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pager ui={ui} page={page} prevHref={prevHref} nextHref={nextHref} />
    </Layout>
  );
}
