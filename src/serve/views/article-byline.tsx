// One line about an article: outlet, language and publication time.
import type { Article } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { LanguageBadge } from './language-badges.js';

export function ArticleByline({ ui, article, withAuthor = false }: { ui: Ui; article: Article; withAuthor?: boolean }) {
  const { msg, fmt } = ui;
  return (
    <p class="byline">
      <span class="source">{article.sourceName ?? msg.unknownSource}</span>
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
