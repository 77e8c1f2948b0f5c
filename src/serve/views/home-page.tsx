// The front page: top stories by trend score (the first as the lead), a "Latest" column and "Trends 24h".
import type { Article } from '../../domain/index.js';
import type { FrontPage } from '../data/load-front-page.js';
import type { Ui } from '../i18n/index.js';
import { resolveHeadline, type PageTranslations } from '../reader/index.js';
import { entityHref } from './entity-chips.js';
import { FeedLinks } from './feed-links.js';
import { Layout } from './layout.js';
import { StoryCard, storyHeadline } from './story-card.js';
import { TranslationNote } from './translation-note.js';

export interface HomePageProps {
  ui: Ui;
  translations: PageTranslations;
  front: FrontPage;
}

export function HomePage({ ui, translations, front }: HomePageProps) {
  const { msg } = ui;
  return (
    <Layout ui={ui} title={null} section="latest" feed="/feeds/front">
      <h1 class="visually-hidden">{msg.topStories}</h1>
      <div class="front">
        <section class="front-top" aria-labelledby="top-stories">
          <h2 id="top-stories" class="section-title">
            {msg.topStories}
          </h2>
          {front.top.length === 0 ? (
            <p class="empty">{msg.noStories}</p>
          ) : (
            <ol class="story-grid">
              {front.top.map((card, i) => (
                <li class={i === 0 ? 'lead' : undefined}>
                  <StoryCard ui={ui} translations={translations} data={card} headingLevel={3} picture={i < 3} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <aside class="front-side" aria-label={`${msg.latestColumn} · ${msg.trends24h}`}>
          <section aria-labelledby="latest">
            <h2 id="latest" class="section-title">
              {msg.latestColumn}
            </h2>
            <LatestList ui={ui} translations={translations} articles={front.latest} />
          </section>
          <section aria-labelledby="trends">
            <h2 id="trends" class="section-title">
              {msg.trends24h}
            </h2>
            {front.risingEntities.length > 0 ? (
              <>
                <h3 class="minor-title">{msg.risingEntities}</h3>
                <ol class="rising">
                  {front.risingEntities.map((entity) => (
                    <li>
                      <a href={entityHref(entity.id)}>{entity.name}</a>{' '}
                      <span class="muted">{msg.mentionsRise(entity.now, entity.before)}</span>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
            {front.risingStories.length > 0 ? (
              <>
                <h3 class="minor-title">{msg.risingStories}</h3>
                <ol class="rising">
                  {front.risingStories.map(({ story, recent }) => {
                    const lead = front.top.find((t) => t.story.id === story.id)?.lead ?? null;
                    const headline = storyHeadline(translations, { story, lead });
                    return (
                      <li>
                        <a href={`/stories/${encodeURIComponent(story.id)}`} lang={headline.lang}>
                          {headline.text}
                        </a>{' '}
                        <span class="muted">{msg.newArticles24h(recent)}</span>
                      </li>
                    );
                  })}
                </ol>
              </>
            ) : null}
            {front.risingEntities.length === 0 && front.risingStories.length === 0 ? <p class="empty">{msg.noArticles}</p> : null}
          </section>
          <FeedLinks ui={ui} base="/feeds/front" />
        </aside>
      </div>
    </Layout>
  );
}

export function LatestList({ ui, translations, articles }: { ui: Ui; translations: PageTranslations; articles: Article[] }) {
  if (articles.length === 0) return <p class="empty">{ui.msg.noArticles}</p>;
  return (
    <ol class="latest">
      {articles.map((article) => {
        const headline = resolveHeadline(translations, article);
        return (
          <li>
            {article.publishedAt ? <time datetime={article.publishedAt}>{ui.fmt.dateTime(article.publishedAt)}</time> : null}
            <a href={`/articles/${encodeURIComponent(article.id)}`} lang={headline.lang}>
              {headline.text}
            </a>
            <span class="muted">
              {article.sourceName ?? ui.msg.unknownSource} · {ui.fmt.languageName(article.language)}
            </span>
            <TranslationNote ui={ui} headline={headline} />
          </li>
        );
      })}
    </ol>
  );
}
