// A story's coverage grouped by language and by outlet: how many articles each, biggest first.
import type { Article } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { sourceHref } from './article-byline.js';
import { LanguageBadge } from './language-badges.js';

interface Group {
  key: string;
  count: number;
  /** The other dimension: outlets of a language, languages of an outlet. */
  other: Set<string>;
}

function groupBy(articles: Article[], key: (a: Article) => string, other: (a: Article) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    const k = key(article);
    const group = groups.get(k) ?? { key: k, count: 0, other: new Set<string>() };
    group.count += 1;
    group.other.add(other(article));
    groups.set(k, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function CoverageBreakdown({ ui, articles }: { ui: Ui; articles: Article[] }) {
  const { msg, fmt } = ui;
  const unknown = msg.unknownSource;
  const byLanguage = groupBy(articles, (a) => a.language, (a) => a.sourceName ?? unknown);
  const byOutlet = groupBy(articles, (a) => a.sourceName ?? unknown, (a) => a.language);
  return (
    <div class="breakdown">
      <section aria-labelledby="by-language">
        <h2 id="by-language" class="section-title">
          {msg.byLanguage}
        </h2>
        <ul class="tally">
          {byLanguage.map((group) => (
            <li>
              <LanguageBadge ui={ui} code={group.key} /> {fmt.languageName(group.key)} · {msg.articles(group.count)}
              <span class="muted"> · {[...group.other].join(', ')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="by-outlet">
        <h2 id="by-outlet" class="section-title">
          {msg.byOutlet}
        </h2>
        <ul class="tally">
          {byOutlet.map((group) => (
            <li>
              {group.key === unknown ? group.key : <a href={sourceHref(group.key)}>{group.key}</a>} · {msg.articles(group.count)}
              <span class="muted"> · {fmt.languageList([...group.other])}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
