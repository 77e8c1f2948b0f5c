// The facts line of a story: "3 articles · 2 outlets · languages: English, French · 21 May 2021 – 23 May 2021".
import type { Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';

export function StoryFacts({ ui, story }: { ui: Ui; story: Story }) {
  const { msg, fmt } = ui;
  const first = story.firstPublishedAt;
  const last = story.lastPublishedAt;
  const span = fmt.span(first, last);
  const sameDay = span !== null && first !== null && last !== null && !span.includes('–');
  return (
    <p class="facts">
      {msg.articles(story.articleCount)} · {msg.outlets(story.sources.length)} · {msg.languagesLabel}:{' '}
      {fmt.languageList(story.languages)}
      {span ? (
        <>
          {' · '}
          <span class="span">
            {first && !sameDay ? (
              <>
                <time datetime={first}>{fmt.date(first)}</time> – <time datetime={last ?? first}>{fmt.date(last ?? first)}</time>
              </>
            ) : (
              <time datetime={first ?? last ?? ''}>{span}</time>
            )}
          </span>
        </>
      ) : null}
    </p>
  );
}
