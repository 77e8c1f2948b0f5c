// A story: articles about one event, across outlets and languages, and why each one belongs.
import type { EntityKind } from './enrichment.js';
import type { LangCode } from './language.js';

export interface StoryEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Number of the story's articles that mention it. */
  articles: number;
}

export interface Story {
  id: string;
  /** Headline: the title of the lead article. */
  title: string;
  leadArticleId: string;
  articleCount: number;
  languages: LangCode[];
  sources: string[];
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  entities: StoryEntity[];
  createdAt: string;
  updatedAt: string;
}

/**
 * What clustering keeps about a story to compare new articles with it; its keys also feed the
 * inverted index (`e:<entity id>`, `t:<term>`) used to find candidate stories.
 */
export interface StoryProfile {
  storyId: string;
  articleCount: number;
  /** key -> weight, keys prefixed `e:` for entities and `t:` for terms. */
  keys: Record<string, number>;
  /** Days mentioned by the story's articles, with counts. */
  dates: Record<string, number>;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  /** Mean of the members' sentence vectors (dense signal), and how many members had one; absent when none had. */
  dense?: { centroid: number[]; count: number };
}

/** Why an article was put in its story: the similarity broken down by signal. */
export interface MatchReason {
  score: number;
  /** Signal name -> its contribution to `score`. */
  signals: Record<string, number>;
  sharedEntities: string[];
  sharedTerms: string[];
  /** Hours between the article and the story's nearest publication time, when both are known. */
  timeDeltaHours: number | null;
  /** True when the article started the story. */
  founder: boolean;
}

export interface StoryMember {
  articleId: string;
  reason: MatchReason;
}
