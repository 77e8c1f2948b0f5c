// Updates a story's summary (counts, languages, sources, time span, entities, lead) with one more article.
import type { Article, MatchReason, Story, StoryEntity } from '../domain/index.js';
import { compareText } from './compare-text.js';
import type { ClusterSettings } from './settings.js';
import { nameSource } from './source-name.js';

type SummarySettings = Pick<ClusterSettings, 'readerLanguage' | 'maxStoryEntities' | 'maxStorySources'>;

/**
 * Adds `article` to `previous` (null for a new story). `reason` is accepted so callers keep one
 * shape; the summary itself does not depend on how well the article matched.
 *
 * Lead rule, incremental because only the previous summary is at hand:
 * 1. the founding article leads;
 * 2. the first article in the reader's language takes the lead from a lead in another language
 *    (the story's `languages` say whether one existed before);
 * 3. otherwise the previous lead stays, so headlines do not flip with every new article.
 * `pickLeadArticle` applies the full rule when all members are at hand.
 */
export function summarizeStory(
  previous: Story | null,
  storyId: string,
  article: Article,
  _reason: MatchReason,
  now: string,
  settings: SummarySettings,
): Story {
  const languages = [...new Set([...(previous?.languages ?? []), article.language])].sort(compareText);
  const sources = [...(previous?.sources ?? [])];
  const source = nameSource(article);
  if (!sources.includes(source) && sources.length < settings.maxStorySources) sources.push(source);

  const reader = settings.readerLanguage;
  const takesLead =
    !previous ||
    (reader !== null && article.language === reader && !previous.languages.includes(reader));

  return {
    id: storyId,
    title: takesLead || !previous ? article.title : previous.title,
    leadArticleId: takesLead || !previous ? article.id : previous.leadArticleId,
    articleCount: (previous?.articleCount ?? 0) + 1,
    languages,
    sources,
    firstPublishedAt: earliest(previous?.firstPublishedAt ?? null, article.publishedAt),
    lastPublishedAt: latest(previous?.lastPublishedAt ?? null, article.publishedAt),
    entities: mergeEntities(previous?.entities ?? [], article, settings.maxStoryEntities),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

/**
 * The full lead rule over all members: articles in the reader's language first, then the one
 * whose entities cover most of the story (each story entity weighted by how many articles
 * mention it), then the earliest published, then the smallest id.
 */
export function pickLeadArticle(members: readonly Article[], story: Pick<Story, 'entities'>, readerLanguage: string | null): Article | null {
  const weights = new Map(story.entities.map((e) => [e.id, e.articles]));
  const coverage = (a: Article): number =>
    [...new Set(a.entities.map((e) => e.id))].reduce((sum, id) => sum + (weights.get(id) ?? 0), 0);
  const ranked = [...members].sort(
    (a, b) =>
      Number(b.language === readerLanguage) - Number(a.language === readerLanguage) ||
      coverage(b) - coverage(a) ||
      compareInstants(a.publishedAt, b.publishedAt) ||
      compareText(a.id, b.id),
  );
  return ranked[0] ?? null;
}

/**
 * Entity article counts, most shared first. Among equals, earlier entities keep their place and
 * the article's new ones come by salience (title, then mentions), so the founder's main people
 * and places lead. Entities cut off by the bound restart at 1 if seen again.
 */
function mergeEntities(previous: readonly StoryEntity[], article: Article, max: number): StoryEntity[] {
  const merged = previous.map((e) => ({ ...e }));
  const byId = new Map(merged.map((e) => [e.id, e]));
  const fresh = [...new Map(article.entities.map((e) => [e.id, e])).values()].sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || compareText(a.id, b.id),
  );
  for (const mention of fresh) {
    const known = byId.get(mention.id);
    if (known) known.articles += 1;
    else merged.push({ id: mention.id, kind: mention.kind, name: mention.name, articles: 1 });
  }
  // Array.prototype.sort is stable: equal counts keep the order built above.
  return merged.sort((a, b) => b.articles - a.articles).slice(0, max);
}

function earliest(a: string | null, b: string | null): string | null {
  return compareInstants(a, b) <= 0 ? (a ?? b) : b;
}

function latest(a: string | null, b: string | null): string | null {
  return compareInstants(a, b) >= 0 ? (a ?? b) : (b ?? a);
}

/** Known instants before unknown ones. */
function compareInstants(a: string | null, b: string | null): number {
  const x = a ? Date.parse(a) : NaN;
  const y = b ? Date.parse(b) : NaN;
  if (Number.isNaN(x) && Number.isNaN(y)) return 0;
  if (Number.isNaN(x)) return 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}
