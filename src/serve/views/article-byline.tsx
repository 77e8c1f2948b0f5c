// One line about an article: outlet, language and publication time.
import type { Article } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { LanguageBadge } from './language-badges.js';

export function ArticleByline({ ui, article, withAuthor = false }: { ui: Ui; article: Article; withAuthor?: boolean }) {
  const { msg, fmt } = ui;
  return (
    <p class="byline">
      {article.sourceName ? (
        <a class="source" href={sourceHref(article.sourceName)}>
          {article.sourceName}
        </a>
      ) : (
        <span class="source">{msg.unknownSource}</span>
      )}
      {withAuthor && article.author ? <span>{msg.byAuthor(article.author)}</span> : null}
      <LanguageBadge ui={ui} code={article.language} />
      <span>{fmt.languageName(article.language)}</span>
      {article.publishedAt ? (
        <time datetime={article.publishedAt}>{fmt.dateTime(article.publishedAt)}</time>
      ) : (
        <span>{msg.undated}</span>
      )}
    </p>
  );
}

export function sourceHref(name: string): string {
  return `/source/${encodeURIComponent(name)}`;
}

export function sectionHref(name: string): string {
  return `/sections/${encodeURIComponent(name)}`;
}
