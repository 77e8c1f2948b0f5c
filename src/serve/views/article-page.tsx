// An article: title, byline, clean text in paragraphs, where it came from, its entities and its story.
import type { Article, Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { needsTranslation, resolveHeadline, usableTranslation, type PageTranslations } from '../reader/index.js';
import { toSafeHref } from '../text/safe-url.js';
import { summarizeText } from '../text/summarize-text.js';
import { ArticleByline, sectionHref, sourceHref } from './article-byline.js';
import { ArticleText, TranslationBar, articleTitle, type ArticleView } from './article-text.js';
import { EntityChips } from './entity-chips.js';
import { Layout } from './layout.js';
import { TranslationNote } from './translation-note.js';

export type { ArticleView } from './article-text.js';

export interface ArticlePageProps {
  ui: Ui;
  /** Translations of this article, its story's lead and its story's other articles. */
  translations: PageTranslations;
  article: Article;
  story: Story | null;
  /** The story's other articles, in publication order. */
  others: Article[];
  view: ArticleView;
  /** Related articles from other stories. */
  youMayLike?: Article[];
  /** Neighbours in the story's publication order. */
  previous?: Article;
  next?: Article;
}

/** A side panel of article links with headlines in the reader's language; nothing when the list is empty. */
function RelatedArticles({ ui, translations, title, articles }: { ui: Ui; translations: PageTranslations; title: string; articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section class="panel">
      <h2>{title}</h2>
      <ul class="related">
        {articles.map((other) => {
          const headline = resolveHeadline(translations, other);
          return (
            <li>
              <a href={`/articles/${encodeURIComponent(other.id)}`} lang={headline.lang}>
                {headline.text}
              </a>
              <TranslationNote ui={ui} headline={headline} />
              <ArticleByline ui={ui} article={other} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ArticlePage({ ui, translations, article, story, others, view, youMayLike = [], previous, next }: ArticlePageProps) {
  const { msg } = ui;
  const text = {
    ui,
    article,
    translation: usableTranslation(translations, article),
    // 'original' quality: nothing could translate it, so there is nothing pending to announce either.
    foreign: needsTranslation(article.language, translations.target) && translations.byId.get(article.id)?.quality !== 'original',
    view,
  };
  const title = articleTitle(text);
  const href = toSafeHref(article.url);
  const lead = [article, ...others].find((a) => a.id === story?.leadArticleId);
  const storyTitle = story
    ? resolveHeadline(translations, { id: story.leadArticleId, language: lead?.language ?? '', title: story.title })
    : undefined;
  const entities = [...article.entities]
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count)
    .map(({ id, kind, name, count }) => ({ id, kind, name, count }));
  return (
    <Layout
      ui={ui}
      title={title.text}
      section={null}
      description={
        text.translation?.text != null && view !== 'original'
          ? summarizeText(text.translation.text, { language: text.translation.target, title: title.text })
          : summarizeText(article.text, { language: article.language, title: article.title })
      }
    >
      <div class={view === 'both' && text.translation?.text != null ? 'article-layout both' : 'article-layout'}>
        <article>
          <header class="article-head">
            {article.section ? <p class="eyebrow">{article.section}</p> : null}
            <h1 lang={title.lang}>{title.text}</h1>
            <ArticleByline ui={ui} article={article} withAuthor />
            <TranslationBar {...text} />
            {article.publishedAtOrigin !== 'input' ? <p class="date-origin">{msg.dateOrigin[article.publishedAtOrigin]}</p> : null}
          </header>
          <ArticleText {...text} />
          {href ? (
            <a class="original" href={href} rel="noopener nofollow">
              {msg.readOriginal}
            </a>
          ) : null}
          {previous || next ? (
            <nav class="story-nav" aria-label={msg.inThisStory}>
              {previous ? (
                <a href={`/articles/${encodeURIComponent(previous.id)}`} rel="prev">
                  {msg.previousInStory}
                  <span lang={resolveHeadline(translations, previous).lang}>{resolveHeadline(translations, previous).text}</span>
                </a>
              ) : null}
              {next ? (
                <a href={`/articles/${encodeURIComponent(next.id)}`} rel="next">
                  {msg.nextInStory}
                  <span lang={resolveHeadline(translations, next).lang}>{resolveHeadline(translations, next).text}</span>
                </a>
              ) : null}
            </nav>
          ) : null}
        </article>
        <aside class="side" aria-label={msg.inThisStory}>
          {story ? (
            <a class="story-link" href={`/stories/${encodeURIComponent(story.id)}`}>
              {msg.backToStory}: <span lang={storyTitle?.lang}>{storyTitle?.text}</span>
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
              {article.sourceName ? (
                <div>
                  <dt>{msg.source}</dt>
                  <dd>
                    <a href={sourceHref(article.sourceName)}>{article.sourceName}</a>
                  </dd>
                </div>
              ) : null}
              {article.section ? (
                <div>
                  <dt>{msg.section}</dt>
                  <dd>
                    <a href={sectionHref(article.section)}>{article.section}</a>
                  </dd>
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
          <RelatedArticles ui={ui} translations={translations} title={msg.otherArticles} articles={others} />
          <RelatedArticles ui={ui} translations={translations} title={msg.youMayLike} articles={youMayLike} />
        </aside>
      </div>
    </Layout>
  );
}

