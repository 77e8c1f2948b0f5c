// Domain objects -> API shapes, field by field, so a new domain field never leaks into the API unannounced.
import type { Article, ArticleTranslation, MatchReason, Story } from '../../domain/index.js';
import type { SearchHit } from '../../store/store.js';
import { needsTranslation, resolveHeadline, type HeadlineSource, type PageTranslations } from '../reader/index.js';
import type {
  ArticleJson,
  ArticleSummaryJson,
  MatchReasonJson,
  SearchHitJson,
  StoryJson,
  TranslationInfoJson,
  TranslationJson,
} from './api-schemas.js';
import { summarizeText } from '../text/summarize-text.js';

export function toStoryJson(story: Story): StoryJson {
  return {
    id: story.id,
    title: story.title,
    leadArticleId: story.leadArticleId,
    articleCount: story.articleCount,
    languages: story.languages,
    sources: story.sources,
    firstPublishedAt: story.firstPublishedAt,
    lastPublishedAt: story.lastPublishedAt,
    entities: story.entities.map(({ id, kind, name, articles }) => ({ id, kind, name, articles })),
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
  };
}

export function toArticleSummaryJson(article: Article): ArticleSummaryJson {
  return {
    id: article.id,
    ref: article.ref,
    url: article.url,
    sourceName: article.sourceName,
    credits: article.credits,
    author: article.author,
    section: article.section,
    imageUrl: article.imageUrl,
    title: article.title,
    excerpt: summarizeText(article.text, { language: article.language, title: article.title }),
    language: article.language,
    languageConfidence: article.languageConfidence,
    publishedAt: article.publishedAt,
    publishedAtOrigin: article.publishedAtOrigin,
    ingestedAt: article.ingestedAt,
    entities: article.entities.map(({ id, kind, name, surfaces, count, inTitle }) => ({
      id,
      kind,
      name,
      surfaces,
      count,
      inTitle,
    })),
    storyId: article.storyId,
  };
}

export function toArticleJson(article: Article): ArticleJson {
  const { excerpt: _excerpt, ...summary } = toArticleSummaryJson(article);
  return {
    ...summary,
    lead: article.lead ?? null,
    text: article.text,
    dates: article.dates,
    terms: article.terms.map(({ term, weight }) => ({ term, weight })),
    contentHash: article.contentHash,
  };
}

export function toTranslationJson(t: ArticleTranslation): TranslationJson {
  return {
    articleId: t.articleId,
    target: t.target,
    title: t.title,
    text: t.text,
    provider: t.provider,
    quality: t.quality,
    path: t.path,
    translatedAt: t.translatedAt,
  };
}

export function toTranslationInfoJson(t: ArticleTranslation): TranslationInfoJson {
  const { title: _title, text: _text, ...info } = toTranslationJson(t);
  return info;
}

/**
 * The `translatedTitle` and `translation` fields of a listed item, or nothing when no reader
 * language was asked for (the fields are then left out rather than null).
 */
export function translatedFields(
  translations: PageTranslations | null,
  source: HeadlineSource,
): { translatedTitle?: string | null; translation?: TranslationInfoJson | null } {
  if (!translations) return {};
  const found = needsTranslation(source.language, translations.target) ? translations.byId.get(source.id) : undefined;
  const headline = resolveHeadline(translations, source);
  return {
    translatedTitle: headline.status === 'translated' || headline.status === 'gloss' ? headline.text : null,
    translation: found ? toTranslationInfoJson(found) : null,
  };
}

export function toSearchHitJson(hit: SearchHit): SearchHitJson {
  return {
    articleId: hit.articleId,
    storyId: hit.storyId,
    title: hit.title,
    snippet: hit.snippet,
    language: hit.language,
    sourceName: hit.sourceName,
    publishedAt: hit.publishedAt,
    rank: hit.rank,
  };
}

export function toMatchReasonJson(reason: MatchReason): MatchReasonJson {
  return {
    score: reason.score,
    signals: { ...reason.signals },
    sharedEntities: reason.sharedEntities,
    sharedTerms: reason.sharedTerms,
    timeDeltaHours: reason.timeDeltaHours,
    founder: reason.founder,
  };
}
