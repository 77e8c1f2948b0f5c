// Builders for the store contract suite: small, valid articles, stories, profiles, reasons and translations with overridable fields.
import type {
  ArticleTranslation,
  CachedSegment,
  MatchReason,
  NewArticle,
  Story,
  StoryProfile,
  TranslationCacheKey,
} from '../../domain/index.js';

let counter = 0;

/** A unique suffix per call, so two articles built without overrides never share an id or hash. */
function nextId(): string {
  counter += 1;
  return String(counter).padStart(4, '0');
}

export function makeArticle(overrides: Partial<NewArticle> = {}): NewArticle {
  const n = nextId();
  return {
    id: `art-${n}`,
    ref: `fixtures/article-${n}.txt`,
    url: `https://news.example/${n}`,
    sourceName: 'Example News',
    credits: [],
    author: null,
    section: null,
    imageUrl: null,
    title: `Headline number ${n}`,
    text: `Body of article ${n} about ordinary things.`,
    language: 'en',
    languageConfidence: 0.9,
    publishedAt: '2021-05-20T10:00:00Z',
    publishedAtOrigin: 'input',
    ingestedAt: '2024-01-01T00:00:00.000Z',
    contentHash: `hash-${n}`,
    entities: [],
    dates: [],
    terms: [],
    ...overrides,
  };
}

export interface StoryFixture {
  story: Story;
  profile: StoryProfile;
}

/** A story and its profile that agree on id, counts and time span. */
export function makeStory(
  id: string,
  options: {
    keys?: Record<string, number>;
    first?: string | null;
    last?: string | null;
    updatedAt?: string;
    title?: string;
    leadArticleId?: string;
  } = {},
): StoryFixture {
  const first = options.first === undefined ? '2021-05-20T10:00:00Z' : options.first;
  const last = options.last === undefined ? first : options.last;
  const updatedAt = options.updatedAt ?? '2024-01-01T00:00:00.000Z';
  return {
    story: {
      id,
      title: options.title ?? `Story ${id}`,
      leadArticleId: options.leadArticleId ?? `lead-of-${id}`,
      articleCount: 1,
      languages: ['en'],
      sources: ['Example News'],
      firstPublishedAt: first,
      lastPublishedAt: last,
      entities: [],
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt,
    },
    profile: {
      storyId: id,
      articleCount: 1,
      keys: options.keys ?? { 'e:place:iceland': 1 },
      dates: {},
      firstPublishedAt: first,
      lastPublishedAt: last,
    },
  };
}

export function makeReason(overrides: Partial<MatchReason> = {}): MatchReason {
  return {
    score: 0.75,
    signals: { entities: 0.5, terms: 0.25 },
    sharedEntities: ['place:iceland'],
    sharedTerms: ['summit'],
    timeDeltaHours: 3.5,
    founder: false,
    ...overrides,
  };
}

/** A complete French-to-English translation of an article; override `target`, `text` and the rest per case. */
export function makeTranslation(articleId: string, overrides: Partial<ArticleTranslation> = {}): ArticleTranslation {
  return {
    articleId,
    target: 'en',
    title: `Translated headline of ${articleId}`,
    text: `Translated body of ${articleId}.\n\nSecond paragraph.`,
    provider: 'apertium',
    quality: 'machine',
    path: ['fr', 'ca', 'en'],
    translatedAt: '2024-01-02T03:04:05.000Z',
    ...overrides,
  };
}

/** A cache key for segment `n` (the hash is fake but hex-shaped, like a sha256). */
export function makeCacheKey(n: number, overrides: Partial<TranslationCacheKey> = {}): TranslationCacheKey {
  return { textHash: n.toString(16).padStart(64, '0'), from: 'fr', to: 'en', provider: 'apertium', ...overrides };
}

/** A cached machine translation that went through Catalan. */
export function makeSegment(text: string, overrides: Partial<CachedSegment> = {}): CachedSegment {
  return { text, quality: 'machine', provider: 'apertium', path: ['fr', 'ca', 'en'], ...overrides };
}
