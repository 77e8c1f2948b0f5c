// A story on a listing: languages, headline, two-line summary, facts and shared entities.
import type { Article, Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { summarizeText } from '../text/summarize-text.js';
import { EntityChips } from './entity-chips.js';
import { LanguageBadges } from './language-badges.js';
import { selectStoryEntities } from './select-story-entities.js';
import { StoryFacts } from './story-facts.js';

export interface StoryCardData {
  story: Story;
  /** The lead article, for the summary and the headline's language; null if it vanished. */
  lead: Article | null;
  /** Other coverage shown under the lead story of the front page; omitted elsewhere. */
  also?: Article[];
}

export function StoryCard({ ui, data, headingLevel = 2 }: { ui: Ui; data: StoryCardData; headingLevel?: 2 | 3 }) {
  const { story, lead } = data;
  const lang = lead ? languageAttribute(lead.language) : undefined;
  const summary = lead
    ? summarizeText(lead.text, { language: lead.language, title: lead.title, targetChars: 200, maxChars: 320 })
    : '';
  const link = <a href={`/stories/${encodeURIComponent(story.id)}`}>{story.title}</a>;
  return (
    <article class="story-card">
      <LanguageBadges ui={ui} languages={story.languages} />
      {headingLevel === 2 ? <h2 lang={lang}>{link}</h2> : <h3 lang={lang}>{link}</h3>}
      {summary ? (
        <p class="summary" lang={lang}>
          {summary}
        </p>
      ) : null}
      <StoryFacts ui={ui} story={story} />
      {data.also && data.also.length > 0 ? (
        <ul class="also" aria-label={ui.msg.otherArticles}>
          {data.also.map((other) => (
            <li>
              <span class="source">
                {other.sourceName ?? ui.msg.unknownSource} · {ui.fmt.languageName(other.language)}
              </span>
              <a href={`/articles/${encodeURIComponent(other.id)}`} lang={languageAttribute(other.language)}>
                {other.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <EntityChips entities={selectStoryEntities(story, 5)} label={ui.msg.sharedEntities} />
    </article>
  );
}

/** `und` is not a language: leave `lang` off rather than mislabel the text. */
export function languageAttribute(code: string): string | undefined {
  return code && code !== 'und' ? code : undefined;
}
