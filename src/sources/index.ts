// Inputs: files and folders of articles (text, HTML, JSON, JSONL), feeds, sitemaps, discovered feeds and OPML lists.
export { findInputFiles, articleFileExtensions } from './find-input-files.js';
export type { InputFiles } from './find-input-files.js';
export { readFileDocuments } from './read-file-documents.js';
export type { FileDocuments, ReadOptions } from './read-file-documents.js';
export { decodeText } from './decode-text.js';
export type { DecodedText } from './decode-text.js';
export { parseFeedText, looksLikeHtml } from './parse-feed.js';
export type { FeedItem, ParsedFeed } from './feed-item.js';
export { parseSitemapText, isSitemapText } from './parse-sitemap.js';
export type { ParsedSitemap, SitemapEntry } from './parse-sitemap.js';
export { discoverFeeds, pageLanguage } from './discover-feeds.js';
export type { DiscoveredFeed } from './discover-feeds.js';
export { feedItemDocument, hasFullContent, pageDocument } from './feed-item-document.js';
export type { SourceHints } from './feed-item-document.js';
export { readOpml, writeOpml } from './opml.js';
export type { OpmlSource } from './opml.js';
export { repairEntities, rebuildXml } from './recover-xml.js';
