// An article's title line and body in the reader's language: translated, original, or both side by side.
import type { Article, ArticleTranslation } from '../../domain/index.js';
import type { Ui } from '../i18n/index.js';
import { splitParagraphs } from '../text/split-paragraphs.js';
import { languageAttribute } from './story-card.js';
import { providerName } from './translation-note.js';

export type ArticleView = 'translation' | 'original' | 'both';

export interface ArticleTextProps {
  ui: Ui;
  article: Article;
  /** A usable translation (not quality 'original'); undefined when none exists or none is needed. */
  translation: ArticleTranslation | undefined;
  /** Whether the article is in another language than the reader's. */
  foreign: boolean;
  view: ArticleView;
}

/** What the page shows: the title is translated as soon as one exists; the body only once translated. */
export function articleTitle({ article, translation, view }: Pick<ArticleTextProps, 'article' | 'translation' | 'view'>) {
  return translation && view !== 'original'
    ? { text: translation.title, lang: translation.target }
    : { text: article.title, lang: languageAttribute(article.language) };
}

/** The label saying how the text was translated, and the links to switch views. */
export function TranslationBar({ ui, article, translation, foreign, view }: ArticleTextProps) {
  if (!foreign) return null;
  const { msg, fmt } = ui;
  const from = fmt.languageName(article.language);
  const here = `/articles/${encodeURIComponent(article.id)}`;
  const bodyReady = translation?.text != null;
  const label = !translation
    ? msg.translationPending
    : translation.quality === 'gloss'
      ? msg.glossFrom(from)
      : msg.translatedBy(from, providerName(translation.provider));
  const route = translation && translation.path.length > 1 ? translation.path.join(' → ') : undefined;
  return (
    <div class="tr-bar">
      <p class={translation ? 'tr-label' : 'tr-label pending'} title={route}>
        {label}
        {translation && !bodyReady && view !== 'original' ? ` · ${msg.translationPending}` : null}
      </p>
      {translation ? (
        <p class="tr-views">
          {view === 'original' ? <a href={here}>{msg.showTranslation}</a> : <a href={`${here}?view=original`}>{msg.showOriginal}</a>}
          {bodyReady && view !== 'both' ? (
            <a class="side-by-side" href={`${here}?view=both`}>
              {msg.sideBySide}
            </a>
          ) : null}
          {view === 'both' ? <a href={here}>{msg.showTranslation}</a> : null}
        </p>
      ) : null}
    </div>
  );
}

export function ArticleText({ ui, article, translation, view }: ArticleTextProps) {
  const original = <Body lead={article.lead} text={article.text} lang={languageAttribute(article.language)} />;
  const translated = translation?.text != null ? translation.text : null;
  if (translated === null || !translation || view === 'original') return original;
  if (view === 'translation') return <Body {...translatedLead(article, translated)} lang={translation.target} />;
  // Side by side from 1100px (see site-css), stacked below: each column keeps its own language.
  return (
    <div class="parallel">
      <section class="parallel-col" lang={languageAttribute(article.language)}>
        <h2 class="col-label" lang={ui.lang}>
          {ui.msg.originalColumn(ui.fmt.languageName(article.language))}
        </h2>
        <p class="col-title">{article.title}</p>
        <Body lead={article.lead} text={article.text} />
      </section>
      <section class="parallel-col" lang={translation.target}>
        <h2 class="col-label" lang={ui.lang}>
          {ui.msg.translationColumn}
        </h2>
        <p class="col-title">{translation.title}</p>
        <Body {...translatedLead(article, translated)} />
      </section>
    </div>
  );
}

/** A translation carries the article's lead as its first paragraph (see translate-articles.ts): shown apart again. */
function translatedLead(article: Article, translated: string): { lead: string | null; text: string } {
  if (!article.lead) return { lead: null, text: translated };
  const [lead = '', ...rest] = translated.split(/\n{2,}/u);
  return { lead, text: rest.join('\n\n') };
}

/** The body's paragraphs, under the lead (standfirst) when there is one. */
function Body({ lead, text, lang }: { lead?: string | null | undefined; text: string; lang?: string | undefined }) {
  return (
    <div class="article-body" lang={lang}>
      {lead ? <p class="lead">{lead}</p> : null}
      {splitParagraphs(text).map((paragraph) => (
        <p>{paragraph}</p>
      ))}
    </div>
  );
}
