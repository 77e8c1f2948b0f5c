// "All news of 2021-05-21": the stories with articles that day, those articles, and the days around it.
import type { Article } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { resolveHeadline, type PageTranslations } from '../reader/index.js';
import { ArticleByline } from './article-byline.js';
import { Layout } from './layout.js';
import { MonthCalendar } from './month-calendar.js';
import { StoryCard, type StoryCardData } from './story-card.js';
import { TranslationNote } from './translation-note.js';

export interface DayPageProps {
  ui: Ui;
  translations: PageTranslations;
  day: string;
  /** Nearest earlier and later days that have news. */
  previousDay: string | null;
  nextDay: string | null;
  groups: { card: StoryCardData; articles: Article[] }[];
  unclustered: Article[];
  /** Every day with news, for the calendar. */
  daysWithNews?: ReadonlySet<string>;
}

export function DayPage({ ui, translations, day, previousDay, nextDay, groups, unclustered, daysWithNews = new Set() }: DayPageProps) {
  const { msg, fmt } = ui;
  const empty = groups.length === 0 && unclustered.length === 0;
  return (
    <Layout ui={ui} title={msg.dayTitle(day)} section="days">
      <div class="page-head">
        <h1>{msg.dayTitle(day)}</h1>
        <p>
          <time datetime={day}>{fmt.longDate(`${day}T00:00:00Z`)}</time>
        </p>
        <nav class="day-nav" aria-label={msg.navDays}>
          {previousDay ? (
            <a href={`/days/${previousDay}`} rel="prev">
              {msg.previousDay}
            </a>
          ) : null}
          <a href="/days">{msg.allDays}</a>
          {nextDay ? (
            <a href={`/days/${nextDay}`} rel="next">
              {msg.nextDay}
            </a>
          ) : null}
        </nav>
        <MonthCalendar ui={ui} day={day} withNews={daysWithNews} />
      </div>
      {empty ? <p class="empty">{msg.noDays}</p> : null}
      {groups.length > 0 ? (
        <ol class="story-grid">
          {groups.map(({ card, articles }) => (
            <li>
              <div class="story-card">
                <StoryCard ui={ui} translations={translations} data={card} />
                <DayArticles ui={ui} translations={translations} articles={articles} label={msg.articlesThatDay(articles.length)} />
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      {unclustered.length > 0 ? (
        <section aria-labelledby="unclustered">
          <h2 id="unclustered" class="section-title">
            {msg.unclustered}
          </h2>
          <DayArticles ui={ui} translations={translations} articles={unclustered} label={msg.unclustered} />
        </section>
      ) : null}
    </Layout>
  );
}

interface DayArticlesProps {
  ui: Ui;
  translations: PageTranslations;
  articles: Article[];
  label: string;
}

function DayArticles({ ui, translations, articles, label }: DayArticlesProps) {
  return (
    <ul class="day-articles" aria-label={label}>
      {articles.map((article) => {
        const headline = resolveHeadline(translations, article);
        return (
          <li>
            <a href={`/articles/${encodeURIComponent(article.id)}`} lang={headline.lang}>
              {headline.text}
            </a>
            <TranslationNote ui={ui} headline={headline} />
            <ArticleByline ui={ui} article={article} />
          </li>
        );
      })}
    </ul>
  );
}
