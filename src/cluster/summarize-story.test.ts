// Story summaries: counts, languages, sources, time span, entities and the lead rule; source names and story ids.
import { describe, expect, it } from 'vitest';
import type { Article, Story } from '../domain/index.js';
import { makeArticle, mention } from './__fixtures__/cluster-harness.js';
import { founderReason, makeClusterSettings, nameSource, newStoryId, pickLeadArticle, summarizeStory } from './index.js';

const settings = makeClusterSettings({ readerLanguage: 'en' });
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';

function run(articles: readonly Article[], options = settings): Story {
  let story: Story | null = null;
  articles.forEach((article, i) => {
    story = summarizeStory(story, 's_x', article, founderReason(), i === 0 ? T0 : T1, options);
  });
  if (!story) throw new Error('no articles');
  return story;
}

describe('summarizeStory', () => {
  const fr = makeArticle('fr', {
    title: 'Sommet à Reykjavik',
    language: 'fr',
    sourceName: 'Le Monde',
    publishedAt: '2021-05-20T08:00:00.000Z',
    entities: [mention('person:antony-blinken', { inTitle: true }), mention('place:reykjavik')],
  });
  const en = makeArticle('en', {
    title: 'Summit in Reykjavik',
    language: 'en',
    credits: ['Reuters'],
    publishedAt: '2021-05-19T08:00:00.000Z',
    entities: [mention('person:antony-blinken'), mention('person:sergei-lavrov')],
  });
  const en2 = makeArticle('en2', {
    title: 'Ministers talk in Iceland',
    language: 'en',
    url: 'https://www.example.org/news/1',
    publishedAt: null,
    entities: [mention('person:antony-blinken'), mention('place:iceland')],
  });

  it('starts a story from its founding article', () => {
    expect(run([fr])).toEqual({
      id: 's_x',
      title: 'Sommet à Reykjavik',
      leadArticleId: 'fr',
      articleCount: 1,
      languages: ['fr'],
      sources: ['Le Monde'],
      firstPublishedAt: '2021-05-20T08:00:00.000Z',
      lastPublishedAt: '2021-05-20T08:00:00.000Z',
      entities: [
        { id: 'person:antony-blinken', kind: 'person', name: 'Antony Blinken', articles: 1 },
        { id: 'place:reykjavik', kind: 'place', name: 'Reykjavik', articles: 1 },
      ],
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('counts articles, languages, sources, entities and the publication span', () => {
    const story = run([fr, en, en2]);
    expect(story.articleCount).toBe(3);
    expect(story.languages).toEqual(['en', 'fr']);
    expect(story.sources).toEqual(['Le Monde', 'Reuters', 'example.org']);
    expect(story.firstPublishedAt).toBe('2021-05-19T08:00:00.000Z');
    expect(story.lastPublishedAt).toBe('2021-05-20T08:00:00.000Z');
    expect(story.entities[0]).toEqual({ id: 'person:antony-blinken', kind: 'person', name: 'Antony Blinken', articles: 3 });
    expect(story.entities.map((e) => e.id)).toEqual(['person:antony-blinken', 'place:reykjavik', 'person:sergei-lavrov', 'place:iceland']);
    expect(story.createdAt).toBe(T0);
    expect(story.updatedAt).toBe(T1);
  });

  it('hands the lead to the first article in the reader language, then keeps it', () => {
    const story = run([fr, en, en2]);
    expect(story.leadArticleId).toBe('en');
    expect(story.title).toBe('Summit in Reykjavik');
  });

  it('keeps the founder as lead when no article is in the reader language', () => {
    const story = run([fr, en], makeClusterSettings({ readerLanguage: 'de' }));
    expect(story.leadArticleId).toBe('fr');
    expect(run([fr, en], makeClusterSettings({ readerLanguage: null })).leadArticleId).toBe('fr');
  });

  it('keeps at most maxStoryEntities entities, the most shared first', () => {
    const many = Array.from({ length: 20 }, (_, i) => mention(`person:p-${i}`));
    const story = run([makeArticle('a', { entities: many }), makeArticle('b', { entities: [mention('person:p-19')] })]);
    expect(story.entities).toHaveLength(15);
    expect(story.entities[0]).toMatchObject({ id: 'person:p-19', articles: 2 });
  });

  it('lists a source once', () => {
    const a = makeArticle('a', { sourceName: 'AFP' });
    const b = makeArticle('b', { sourceName: 'AFP' });
    expect(run([a, b]).sources).toEqual(['AFP']);
  });
});

describe('pickLeadArticle', () => {
  it('prefers the reader language, then the best entity coverage, then the earliest, then the id', () => {
    const story = {
      entities: [
        { id: 'person:a', kind: 'person' as const, name: 'A', articles: 3 },
        { id: 'place:b', kind: 'place' as const, name: 'B', articles: 2 },
      ],
    };
    const frFull = makeArticle('fr', { language: 'fr', entities: [mention('person:a'), mention('place:b')] });
    const enPartial = makeArticle('en1', { entities: [mention('place:b')], publishedAt: '2021-01-01T00:00:00Z' });
    const enFull = makeArticle('en2', { entities: [mention('person:a'), mention('place:b')], publishedAt: '2021-01-02T00:00:00Z' });
    const enFullEarlier = makeArticle('en3', { entities: [mention('person:a'), mention('place:b')], publishedAt: '2021-01-01T12:00:00Z' });
    expect(pickLeadArticle([frFull, enPartial, enFull], story, 'en')?.id).toBe('en2');
    expect(pickLeadArticle([frFull, enPartial, enFull, enFullEarlier], story, 'en')?.id).toBe('en3');
    expect(pickLeadArticle([frFull, enPartial], story, 'de')?.id).toBe('fr');
    expect(pickLeadArticle([], story, 'en')).toBeNull();
  });
});

describe('nameSource', () => {
  const base = { sourceName: null, credits: [] as string[], url: null, ref: 'inbox/lemonde/article-12.html' };

  it('uses the source name, else a credit, else the URL host, else the file name', () => {
    expect(nameSource({ ...base, sourceName: ' Le Figaro ', credits: ['AFP'] })).toBe('Le Figaro');
    expect(nameSource({ ...base, credits: ['', 'AFP'] })).toBe('AFP');
    expect(nameSource({ ...base, url: 'https://www.lemonde.fr/a/b' })).toBe('lemonde.fr');
    expect(nameSource({ ...base, ref: 'https://news.example.com/x' })).toBe('news.example.com');
    expect(nameSource(base)).toBe('article-12');
    expect(nameSource({ ...base, ref: 'feeds/x.jsonl#3' })).toBe('x');
  });
});

describe('newStoryId', () => {
  it('is short, URL-safe and derived from the founding article id', () => {
    const id = newStoryId({ id: 'a_123' });
    expect(id).toMatch(/^s_[0-9a-f]{10}$/);
    expect(newStoryId({ id: 'a_123' })).toBe(id);
    expect(newStoryId({ id: 'a_124' })).not.toBe(id);
  });
});
