// Search results: a large query box, then each matching article with its snippet and story.
import type { ReaderSearchHit, SearchHit } from '../../store/store.js';
import type { Ui } from '../i18n/index.js';
import { resolveHeadline, type PageTranslations } from '../reader/index.js';
import { findHighlights } from '../text/find-highlights.js';
import { LanguageBadge } from './language-badges.js';
import { Layout } from './layout.js';
import { Pager } from './pager.js';
import { languageAttribute } from './story-card.js';
import { TranslationLine } from './translation-note.js';

export interface SearchPageProps {
  ui: Ui;
  /** The trimmed query; empty when the visitor has not searched yet. */
  query: string;
  translations: PageTranslations;
  hits: SearchHit[];
  page: number;
  prevHref: string | null;
  nextHref: string | null;
  filters?: SearchFilters;
  /** Choices of the filter menus. */
  languages?: string[];
  sources?: string[];
}

/** Filters as given in the address; '' = not filtered. */
export interface SearchFilters {
  language: string;
  source: string;
  from: string;
  to: string;
}

const NO_FILTERS: SearchFilters = { language: '', source: '', from: '', to: '' };

export function SearchPage({
  ui,
  query,
  translations,
  hits,
  page,
  prevHref,
  nextHref,
  filters = NO_FILTERS,
  languages = [],
  sources = [],
}: SearchPageProps) {
  const { msg, fmt } = ui;
  const title = query ? msg.searchResultsFor(query) : msg.searchTitle;
  return (
    <Layout ui={ui} title={title} section="search" query={query}>
      <div class="page-head">
        <h1>{title}</h1>
        <form class="search-large" role="search" action="/search" method="get">
          <label class="visually-hidden" for="search-page-q">
            {msg.searchLabel}
          </label>
          <input id="search-page-q" type="search" name="q" value={query} placeholder={msg.searchPlaceholder} />
          <button type="submit">{msg.searchButton}</button>
          <fieldset class="filters">
            <legend>{msg.filters}</legend>
            <label for="f-language">{msg.languagesLabel}</label>
            <select id="f-language" name="language">
              <option value="">{msg.anyLanguage}</option>
              {languages.map((code) => (
                <option value={code} selected={code === filters.language}>
                  {fmt.languageName(code)}
                </option>
              ))}
            </select>
            <label for="f-source">{msg.source}</label>
            <select id="f-source" name="source">
              <option value="">{msg.anySource}</option>
              {sources.map((name) => (
                <option value={name} selected={name === filters.source}>
                  {name}
                </option>
              ))}
            </select>
            <label for="f-from">{msg.fromDay}</label>
            <input id="f-from" type="date" name="from" value={filters.from} />
            <label for="f-to">{msg.toDay}</label>
            <input id="f-to" type="date" name="to" value={filters.to} />
          </fieldset>
        </form>
      </div>
      {!query ? <p class="empty">{msg.searchPrompt}</p> : null}
      {query && hits.length === 0 ? <p class="empty">{msg.searchEmpty}</p> : null}
      {hits.length > 0 ? (
        <ol class="hits">
          {hits.map((hit) => {
            const lang = languageAttribute(hit.language);
            const headline = resolveHeadline(translations, { id: hit.articleId, language: hit.language, title: hit.title });
            return (
              <li class="hit">
                <p class="byline">
                  <span class="source">{hit.sourceName ?? msg.unknownSource}</span>
                  <LanguageBadge ui={ui} code={hit.language} />
                  {hit.publishedAt ? <time datetime={hit.publishedAt}>{fmt.date(hit.publishedAt)}</time> : <span>{msg.undated}</span>}
                </p>
                <h2 lang={headline.lang}>
                  <a href={`/articles/${encodeURIComponent(hit.articleId)}`}>
                    <Highlighted text={headline.text} query={query} />
                  </a>
                </h2>
                <TranslationLine ui={ui} headline={headline} />
                <MatchedBy ui={ui} hit={hit} />
                {hit.snippet ? (
                  <p class="snippet" lang={isReaderHit(hit) && !hit.matchedBy.includes('text') ? translations.target : lang}>
                    <Highlighted text={hit.snippet} query={query} />
                  </p>
                ) : null}
                {hit.storyId ? (
                  <p class="story-ref">
                    <a href={`/stories/${encodeURIComponent(hit.storyId)}`}>{msg.inThisStory} →</a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <Pager ui={ui} page={page} prevHref={prevHref} nextHref={nextHref} />
    </Layout>
  );
}

/** Plain text with the searched words in `<mark>`; the parts stay text, so JSX escapes them. */
function Highlighted({ text, query }: { text: string; query: string }) {
  return <>{findHighlights(text, query).map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>;
}

function isReaderHit(hit: SearchHit): hit is ReaderSearchHit {
  return Array.isArray((hit as Partial<ReaderSearchHit>).matchedBy);
}

/** Says how a hit matched, so a French article found by an English word does not look like a mistake. */
function MatchedBy({ ui, hit }: { ui: Ui; hit: SearchHit }) {
  if (!isReaderHit(hit) || hit.matchedBy.length === 0) return null;
  return <p class="muted matched">{hit.matchedBy.map((m) => ui.msg.matchedBy[m]).join(' · ')}</p>;
}
