// Feeds out (RSS 2.0, Atom, JSON Feed) for the front page, each story, entity, section and search; and the Google News sitemap.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Article, Story } from '../../domain/index.js';
import { NotFoundError } from '../../domain/index.js';
import type { Store } from '../../store/store.js';
import { loadFrontPage, trendSettings } from '../data/load-front-page.js';
import { parseQuery, searchTextParam } from '../query-params.js';
import { loadPageTranslations, readableText, resolveHeadline, type PageTranslations, type ServeEnv } from '../reader/index.js';
import type { ServeSettings } from '../serve-settings.js';
import { summarizeText } from '../text/summarize-text.js';
import { buildNewsSitemap, SITEMAP_WINDOW_HOURS } from './news-sitemap.js';
import { FEED_FORMAT_NAMES, feedContentType, renderFeed, type FeedChannel, type FeedFormat, type FeedItem } from './render-feed.js';

const FEED_SIZE = 30;
const searchFeedQuery = z.object({ q: searchTextParam });

/** `front.rss` -> ['front', 'rss']; an unknown extension is a 404, not a guess. */
function splitFile(file: string): [string, FeedFormat] {
  const dot = file.lastIndexOf('.');
  const ext = dot > 0 ? file.slice(dot + 1) : '';
  if (!(FEED_FORMAT_NAMES as readonly string[]).includes(ext)) throw new NotFoundError('serve', 'no such feed format (use .rss, .atom or .json)', file);
  return [decodeURIComponent(file.slice(0, dot)), ext as FeedFormat];
}

export function createFeedRoutes(store: Store, settings: ServeSettings): Hono<ServeEnv> {
  const feeds = new Hono<ServeEnv>();
  const origin = (c: Context): string => (settings.baseUrl ?? new URL(c.req.url).origin).replace(/\/+$/u, '');
  const send = (c: Context, channel: FeedChannel, format: FeedFormat) =>
    c.body(renderFeed(channel, format), 200, { 'Content-Type': feedContentType(format) });

  const storyItems = async (c: Context<ServeEnv>, stories: Story[]): Promise<FeedItem[]> => {
    const leads = await Promise.all(stories.map((story) => store.getArticle(story.leadArticleId)));
    const translations = await loadPageTranslations(store, stories.map((s) => s.leadArticleId), c.var.reader.lang);
    return stories.map((story, i) => {
      const lead = leads[i] ?? null;
      const headline = resolveHeadline(translations, { id: story.leadArticleId, language: lead?.language ?? '', title: story.title });
      const text = lead ? readableText(translations, lead) : null;
      return {
        url: `${origin(c)}/stories/${encodeURIComponent(story.id)}`,
        title: headline.text,
        summary: text ? summarizeText(text.text, { language: text.lang ?? '', title: headline.text }) : '',
        published: story.lastPublishedAt,
        author: story.sources.join(', ') || null,
        category: lead?.section ?? null,
        language: headline.lang,
      };
    });
  };

  const articleItems = (c: Context<ServeEnv>, articles: Article[], translations: PageTranslations): FeedItem[] =>
    articles.map((article) => {
      const headline = resolveHeadline(translations, article);
      const text = readableText(translations, article);
      return {
        url: `${origin(c)}/articles/${encodeURIComponent(article.id)}`,
        title: headline.text,
        summary: summarizeText(text.text, { language: text.lang ?? '', title: headline.text }),
        published: article.publishedAt,
        author: article.sourceName,
        category: article.section,
        language: headline.lang,
      };
    });

  const channel = (c: Context<ServeEnv>, path: string, feedPath: string, title: string, items: FeedItem[]): FeedChannel => ({
    title: `${title} · ${settings.siteName}`,
    description: c.var.reader.ui.msg.tagline,
    pageUrl: `${origin(c)}${path}`,
    feedUrl: `${origin(c)}${feedPath}`,
    language: c.var.reader.lang,
    items,
  });

  feeds.get('/feeds/:file', async (c) => {
    const [name, format] = splitFile(c.req.param('file'));
    const { msg } = c.var.reader.ui;
    if (name === 'front') {
      const front = await loadFrontPage(store, FEED_SIZE, trendSettings(settings.trend));
      return send(c, channel(c, '/', '/feeds/front', msg.topStories, await storyItems(c, front.top.map((t) => t.story))), format);
    }
    if (name === 'search') {
      const { q } = parseQuery(c, searchFeedQuery);
      const hits = await store.searchAcrossLanguages({ text: q, limit: FEED_SIZE });
      const articles = (await Promise.all(hits.map((hit) => store.getArticle(hit.articleId)))).filter((a): a is Article => a !== null);
      const translations = await loadPageTranslations(store, articles.map((a) => a.id), c.var.reader.lang);
      const path = `/search?q=${encodeURIComponent(q)}`;
      return send(c, channel(c, path, `/feeds/search`, msg.searchResultsFor(q), articleItems(c, articles, translations)), format);
    }
    throw new NotFoundError('serve', 'no such feed', name);
  });

  feeds.get('/feeds/stories/:file', async (c) => {
    const [id, format] = splitFile(c.req.param('file'));
    const story = await store.getStory(id);
    if (!story) throw new NotFoundError('serve', 'no story with this id', id);
    const articles = (await store.listArticles({ storyId: id })).reverse().slice(0, FEED_SIZE);
    const translations = await loadPageTranslations(store, [story.leadArticleId, ...articles.map((a) => a.id)], c.var.reader.lang);
    const lead = articles.find((a) => a.id === story.leadArticleId);
    const title = resolveHeadline(translations, { id: story.leadArticleId, language: lead?.language ?? '', title: story.title }).text;
    const path = `/stories/${encodeURIComponent(id)}`;
    return send(c, channel(c, path, `/feeds/stories/${encodeURIComponent(id)}`, title, articleItems(c, articles, translations)), format);
  });

  feeds.get('/feeds/entities/:file', async (c) => {
    const [id, format] = splitFile(c.req.param('file'));
    const entity = await store.getEntity(id);
    if (!entity) throw new NotFoundError('serve', 'no article mentions this entity', id);
    const stories = await store.listEntityStories(id, { limit: FEED_SIZE });
    const path = `/entities/${encodeURIComponent(id)}`;
    return send(c, channel(c, path, path.replace('/entities/', '/feeds/entities/'), entity.name, await storyItems(c, stories)), format);
  });

  feeds.get('/feeds/sections/:file', async (c) => {
    const [name, format] = splitFile(c.req.param('file'));
    const articles = await store.listArticles({ section: name, newestFirst: true, limit: FEED_SIZE });
    if (articles.length === 0) throw new NotFoundError('serve', 'no articles in this section', name);
    const translations = await loadPageTranslations(store, articles.map((a) => a.id), c.var.reader.lang);
    const path = `/sections/${encodeURIComponent(name)}`;
    const title = c.var.reader.ui.msg.sectionTitle(name);
    return send(c, channel(c, path, path.replace('/sections/', '/feeds/sections/'), title, articleItems(c, articles, translations)), format);
  });

  // Google News wants the articles of the last two days; the window ends at the latest publication for archives.
  feeds.get('/sitemap-news.xml', async (c) => {
    const latest = await store.latestPublication();
    const since = latest ? new Date(new Date(latest).getTime() - SITEMAP_WINDOW_HOURS * 3_600_000).toISOString() : null;
    const articles = since ? await store.listArticles({ newestFirst: true, limit: 1000 }) : [];
    const recent = articles.filter((a) => since !== null && a.publishedAt !== null && new Date(a.publishedAt).toISOString() >= since);
    return c.body(buildNewsSitemap(origin(c), settings.siteName, recent), 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });

  return feeds;
}
