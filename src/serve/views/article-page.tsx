// An article: title, byline, clean text in paragraphs, where it came from, its entities and its story.
import type { Article, Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { splitParagraphs } from '../text/split-paragraphs.js';
import { toSafeHref } from '../text/safe-url.js';
import { summarizeText } from '../text/summarize-text.js';
import { ArticleByline } from './article-byline.js';
import { EntityChips } from './entity-chips.js';
import { Layout } from './layout.js';
import { languageAttribute } from './story-card.js';

export interface ArticlePageProps {
  ui: Ui;
  article: Article;
  story: Story | null;
  /** The story's other articles, in publication order. */
  others: Article[];
}

export function ArticlePage({ ui, article, story, others }: ArticlePageProps) {
  const { msg } = ui;
  const lang = languageAttribute(article.language);
  const href = toSafeHref(article.url);
  const lead = [article, ...others].find((a) => a.id === story?.leadArticleId);
  const entities = [...article.entities]
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count)
    .map(({ id, kind, name, count }) => ({ id, kind, name, count }));
  return (
    <Layout
      ui={ui}
      title={article.title}
      section={null}
      description={summarizeText(article.text, { language: article.language, title: article.title })}
    >
      <div class="article-layout">
        <article>
          <header class="article-head">
            {article.section ? <p class="eyebrow">{article.section}</p> : null}
            <h1 lang={lang}>{article.title}</h1>
            <ArticleByline ui={ui} article={article} withAuthor />
            {article.publishedAtOrigin !== 'input' ? <p class="date-origin">{msg.dateOrigin[article.publishedAtOrigin]}</p> : null}
          </header>
          <div class="article-body" lang={lang}>
            {splitParagraphs(article.text).map((paragraph) => (
              <p>{paragraph}</p>
            ))}
          </div>
          {href ? (
            <a class="original" href={href} rel="noopener nofollow">
              {msg.readOriginal}
            </a>
          ) : null}
        </article>
        <aside class="side" aria-label={msg.inThisStory}>
          {story ? (
            <a class="story-link" href={`/stories/${encodeURIComponent(story.id)}`}>
              {msg.backToStory}: <span lang={lead ? languageAttribute(lead.language) : undefined}>{story.title}</span>
            </a>
          ) : (
            <p class="panel">{msg.notInStory}</p>
          )}
          <section class="panel">
            <h2>{msg.provenance}</h2>
            <dl>
              <div>
                <dt>{msg.ingestedFrom}</dt>
                <dd>
                  <code>{article.ref}</code>
                </dd>
              </div>
              {article.url ? (
                <div>
                  <dt>URL</dt>
                  <dd>
                    {href ? (
                      <a href={href} rel="noopener nofollow">
                        {article.url}
                      </a>
                    ) : (
                      <code>{article.url}</code>
                    )}
                  </dd>
                </div>
              ) : null}
              {article.credits.length > 0 ? (
                <div>
                  <dt>{msg.credits}</dt>
                  <dd>{article.credits.join(', ')}</dd>
                </div>
              ) : null}
              {article.section ? (
                <div>
                  <dt>{msg.section}</dt>
                  <dd>{article.section}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          {entities.length > 0 ? (
            <section class="panel">
              <h2>{msg.entities}</h2>
              <EntityChips entities={entities} label={msg.entities} />
            </section>
          ) : null}
          {others.length > 0 ? (
            <section class="panel">
              <h2>{msg.otherArticles}</h2>
              <ul class="related">
                {others.map((other) => (
                  <li>
                    <a href={`/articles/${encodeURIComponent(other.id)}`} lang={languageAttribute(other.language)}>
                      {other.title}
                    </a>
                    <ArticleByline ui={ui} article={other} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </Layout>
  );
}
