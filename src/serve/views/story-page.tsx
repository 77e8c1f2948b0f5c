// A story: headline, facts, shared entities, then every article in publication order and why it belongs.
import type { Article, Story, StoryMember } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { summarizeText } from '../text/summarize-text.js';
import { ArticleByline } from './article-byline.js';
import { EntityChips } from './entity-chips.js';
import { LanguageBadges } from './language-badges.js';
import { Layout } from './layout.js';
import { MatchExplanation } from './match-explanation.js';
import { languageAttribute } from './story-card.js';
import { selectStoryEntities } from './select-story-entities.js';
import { StoryFacts } from './story-facts.js';

export interface StoryPageProps {
  ui: Ui;
  story: Story;
  members: { member: StoryMember; article: Article }[];
}

export function StoryPage({ ui, story, members }: StoryPageProps) {
  const { msg } = ui;
  const lead = members.find((m) => m.article.id === story.leadArticleId)?.article ?? members[0]?.article;
  const lang = lead ? languageAttribute(lead.language) : undefined;
  const names = entityNames(story, members.map((m) => m.article));
  return (
    <Layout ui={ui} title={story.title} section={null} description={lead ? summarizeText(lead.text, { language: lead.language }) : undefined}>
      <article>
        <header class="story-head">
          <p class="eyebrow">{msg.inThisStory}</p>
          <h1 lang={lang}>{story.title}</h1>
          <StoryFacts ui={ui} story={story} />
          <LanguageBadges ui={ui} languages={story.languages} />
          <h2 class="section-title">{msg.sharedEntities}</h2>
          <EntityChips entities={selectStoryEntities(story, 12)} label={msg.sharedEntities} />
        </header>
        <section aria-labelledby="coverage">
          <h2 id="coverage" class="section-title">
            {msg.coverage} · {msg.articles(members.length)}
          </h2>
          <ol class="coverage">
            {members.map(({ member, article }) => {
              const articleLang = languageAttribute(article.language);
              const excerpt = summarizeText(article.text, { language: article.language, title: article.title });
              return (
                <li class="member" id={`a-${article.id}`}>
                  <article>
                    <ArticleByline ui={ui} article={article} />
                    <h3 lang={articleLang}>
                      <a href={`/articles/${encodeURIComponent(article.id)}`}>{article.title}</a>
                    </h3>
                    {excerpt ? (
                      <p class="excerpt" lang={articleLang}>
                        {excerpt}
                      </p>
                    ) : null}
                    <MatchExplanation ui={ui} reason={member.reason} names={names} />
                  </article>
                </li>
              );
            })}
          </ol>
        </section>
      </article>
    </Layout>
  );
}

/** Entity id -> display name, from the story and its articles, so reasons can name what was shared. */
function entityNames(story: Story, articles: Article[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const article of articles) for (const entity of article.entities) names.set(entity.id, entity.name);
  for (const entity of story.entities) names.set(entity.id, entity.name);
  return names;
}
