// A story on a listing: languages, headline, two-line summary, facts and shared entities.
import type { Article, Story } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { readableText, resolveHeadline, type PageTranslations } from '../reader/index.js';
import { toSafeHref } from '../text/safe-url.js';
import { summarizeText } from '../text/summarize-text.js';
import { EntityChips } from './entity-chips.js';
import { LanguageBadges } from './language-badges.js';
import { selectStoryEntities } from './select-story-entities.js';
import { StoryFacts } from './story-facts.js';
import { TranslationLine, TranslationNote } from './translation-note.js';

export interface StoryCardData {
  story: Story;
  /** The lead article, for the summary and the headline's language; null if it vanished. */
  lead: Article | null;
  /** Other coverage shown under the lead story of the front page; omitted elsewhere. */
  also?: Article[];
  /** Articles in the last 24 h, shown on the front page. */
  recent?: number;
}

export interface StoryCardProps {
  ui: Ui;
  translations: PageTranslations;
  data: StoryCardData;
  headingLevel?: 2 | 3;
  /** Show the lead article's picture (front page). */
  picture?: boolean;
}

export function StoryCard({ ui, translations, data, headingLevel = 2, picture = false }: StoryCardProps) {
  const { story, lead } = data;
  const headline = storyHeadline(translations, data);
  const excerpt = lead ? readableText(translations, lead) : null;
  const summary = excerpt
    ? summarizeText(excerpt.text, { language: excerpt.lang ?? '', title: headline.text, targetChars: 200, maxChars: 320 })
    : '';
  const lang = excerpt?.lang;
  const link = <a href={`/stories/${encodeURIComponent(story.id)}`}>{headline.text}</a>;
  const image = picture ? toSafeHref(lead?.imageUrl ?? null) : null;
  return (
    <article class="story-card">
      {image ? (
        // The headline says what the picture is about; alt="" keeps screen readers from reading a file name twice.
        <img class="picture" src={image} alt="" width={640} height={360} loading="lazy" decoding="async" />
      ) : null}
      <LanguageBadges ui={ui} languages={story.languages} />
      {headingLevel === 2 ? <h2 lang={headline.lang}>{link}</h2> : <h3 lang={headline.lang}>{link}</h3>}
      <TranslationLine ui={ui} headline={headline} />
      {summary ? (
        <p class="summary" lang={lang}>
          {summary}
        </p>
      ) : null}
      <p class="reach">
        {ui.msg.outletsLanguages(story.sources.length, story.languages.length)}
        {data.recent ? <span class="recent"> · {ui.msg.newArticles24h(data.recent)}</span> : null}
      </p>
      <StoryFacts ui={ui} story={story} />
      {data.also && data.also.length > 0 ? (
        <ul class="also" aria-label={ui.msg.otherArticles}>
          {data.also.map((other) => {
            const otherHeadline = resolveHeadline(translations, other);
            return (
              <li>
                <span class="source">
                  {other.sourceName ?? ui.msg.unknownSource} · {ui.fmt.languageName(other.language)}
                </span>
                <a href={`/articles/${encodeURIComponent(other.id)}`} lang={otherHeadline.lang}>
                  {otherHeadline.text}
                </a>
                <TranslationNote ui={ui} headline={otherHeadline} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <EntityChips entities={selectStoryEntities(story, 5)} label={ui.msg.sharedEntities} />
    </article>
  );
}

/** A story's headline is its lead article's title, translated like the article's. */
export function storyHeadline(translations: PageTranslations, { story, lead }: StoryCardData) {
  return resolveHeadline(translations, { id: story.leadArticleId, language: lead?.language ?? '', title: story.title });
}

/** `und` is not a language: leave `lang` off rather than mislabel the text. */
export function languageAttribute(code: string): string | undefined {
  return code && code !== 'und' ? code : undefined;
}
