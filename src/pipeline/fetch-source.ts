// One fetch of one source: feed, sitemap or page in, new items (their full pages when the feed has only a summary) through ingestion.
import type { BabelwireError, RawDocument, Source } from '../domain/index.js';
import { UpstreamError, describeError } from '../domain/index.js';
import type { Fetcher } from '../fetch/index.js';
import type { FeedItem, SitemapEntry, SourceHints } from '../sources/index.js';
import { feedItemDocument, hasFullContent, pageDocument, parseFeedText, parseSitemapText } from '../sources/index.js';
import type { IngestServices } from './ingest-document.js';
import { ingestDocument } from './ingest-document.js';
import { nextDueAt } from './schedule-source.js';
import type { StageTimer } from './stage-timer.js';

export interface SourceFetchSettings {
  /** New items taken per fetch; the rest wait for the next one (oldest news matters least). */
  maxItemsPerFetch: number;
  /** Child sitemaps read from a sitemap index per fetch. */
  maxChildSitemaps: number;
}

export const defaultSourceFetchSettings: SourceFetchSettings = { maxItemsPerFetch: 50, maxChildSitemaps: 3 };

export interface SourceFetchReport {
  sourceId: string;
  url: string;
  ok: boolean;
  notModified: boolean;
  /** Items the source listed that were new to it. */
  newItems: number;
  ingested: number;
  duplicates: number;
  /** Problems with single items or pages; the source itself may still be healthy. */
  itemErrors: string[];
  error: string | null;
}

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

interface Candidate {
  key: string;
  /** Builds the document: may fetch the article page. Null when the item has nothing to ingest. */
  load(): Promise<RawDocument | null>;
}

export async function fetchSource(
  source: Source,
  fetcher: Fetcher,
  services: IngestServices,
  timer: StageTimer,
  settings: SourceFetchSettings = defaultSourceFetchSettings,
): Promise<SourceFetchReport> {
  const report: SourceFetchReport = { sourceId: source.id, url: source.url, ok: false, notModified: false, newItems: 0, ingested: 0, duplicates: 0, itemErrors: [], error: null };
  const hints: SourceHints = { sourceName: source.name, language: source.language };
  const started = new Date();
  let ttlMinutes: number | null = null;
  let maxAgeSeconds: number | null = null;
  let validators: { etag?: string | null; lastModified?: string | null } = {};
  try {
    const response = await timer.timeAsync('fetch', () =>
      fetcher.fetch({ url: source.url, etag: source.etag, lastModified: source.lastModified, accept: source.kind === 'page' ? 'text/html' : FEED_ACCEPT, respectRobots: source.kind === 'page' }),
    );
    maxAgeSeconds = response.maxAgeSeconds;
    validators = { etag: response.etag, lastModified: response.lastModified };
    let candidates: Candidate[] = [];
    if (response.notModified) {
      report.notModified = true;
      validators = {};
    } else if (source.kind === 'feed') {
      const feed = timer.time('sources', () => parseFeedText(response.text, response.url));
      ttlMinutes = feed.ttlMinutes;
      const feedHints = { ...hints, language: hints.language ?? feed.language, sourceName: hints.sourceName ?? feed.title };
      candidates = feed.items.map((item) => ({ key: item.key, load: () => loadItem(item, feedHints, source.url, fetcher, timer) }));
    } else if (source.kind === 'sitemap') {
      const entries = await readSitemapEntries(response.text, response.url, fetcher, settings, timer);
      candidates = entries.map((entry) => ({ key: entry.url, load: () => loadSitemapEntry(entry, hints, fetcher, timer) }));
    } else {
      const page = pageDocument(response.text, response.url, null, hints);
      candidates = [{ key: response.url, load: () => Promise.resolve(page) }];
    }
    await ingestCandidates(source, candidates, services, timer, settings, report);
    report.ok = true;
  } catch (error) {
    report.error = describeError(error);
  }
  const failures = report.ok ? 0 : source.consecutiveFailures + 1;
  await services.store.recordSourceFetch(source.id, {
    at: started.toISOString(),
    error: report.error,
    ...validators,
    nextDueAt: nextDueAt(new Date(), { intervalMinutes: source.intervalMinutes, failures, ttlMinutes, maxAgeSeconds }),
    newArticles: report.ingested,
  });
  return report;
}

async function ingestCandidates(
  source: Source,
  candidates: Candidate[],
  services: IngestServices,
  timer: StageTimer,
  settings: SourceFetchSettings,
  report: SourceFetchReport,
): Promise<void> {
  const unseen = new Set(await services.store.filterUnseenItems(source.id, candidates.map((c) => c.key)));
  const fresh = candidates.filter((c) => unseen.has(c.key)).slice(0, settings.maxItemsPerFetch);
  report.newItems = unseen.size;
  for (const candidate of fresh) {
    let doc: RawDocument | null = null;
    try {
      doc = await candidate.load();
    } catch (error) {
      // A page that may answer later (timeout, 5xx) is tried again on the next fetch: not marked seen.
      await recordItemFailure(services, report, error, candidate.key);
      if ((error as Partial<UpstreamError>).retryable) continue;
    }
    if (doc) {
      try {
        const outcome = await ingestDocument(doc, services, timer);
        if (outcome.kind === 'ingested') report.ingested++;
        else report.duplicates++;
      } catch (error) {
        await recordItemFailure(services, report, error, doc.ref);
      }
    }
    await services.store.markItemsSeen(source.id, [candidate.key], new Date().toISOString());
  }
}

async function recordItemFailure(services: IngestServices, report: SourceFetchReport, error: unknown, ref: string): Promise<void> {
  const known = error as Partial<BabelwireError>;
  const message = describeError(error);
  report.itemErrors.push(message);
  await services.store.recordFailure({ ref: known.input ?? ref, stage: known.stage ?? 'pipeline', message, at: new Date().toISOString() });
}

/** The feed's own content when it is the full article; otherwise the page, with the feed's summary as a last resort. */
async function loadItem(item: FeedItem, hints: SourceHints, feedUrl: string, fetcher: Fetcher, timer: StageTimer): Promise<RawDocument | null> {
  if (hasFullContent(item) || !item.link) return feedItemDocument(item, hints, feedUrl);
  try {
    const page = await timer.timeAsync('fetch', () => fetcher.fetch({ url: item.link!, accept: 'text/html', respectRobots: true }));
    return pageDocument(page.text, page.url, item, hints);
  } catch (error) {
    const fallback = feedItemDocument(item, hints, feedUrl);
    // Permanent page errors (404, robots.txt) leave the feed's own text; temporary ones are retried.
    if ((error as Partial<UpstreamError>).retryable || !fallback) throw error;
    return fallback;
  }
}

async function loadSitemapEntry(entry: SitemapEntry, hints: SourceHints, fetcher: Fetcher, timer: StageTimer): Promise<RawDocument> {
  const page = await timer.timeAsync('fetch', () => fetcher.fetch({ url: entry.url, accept: 'text/html', respectRobots: true }));
  const item: FeedItem = { key: entry.url, title: entry.title, link: entry.url, publishedAt: entry.publishedAt ?? entry.lastModified, author: null, contentHtml: null, summary: null, language: entry.language };
  return pageDocument(page.text, page.url, item, hints);
}

/** A URL set's entries, newest first; for an index, the entries of its newest few child sitemaps. */
async function readSitemapEntries(text: string, url: string, fetcher: Fetcher, settings: SourceFetchSettings, timer: StageTimer): Promise<SitemapEntry[]> {
  const parsed = timer.time('sources', () => parseSitemapText(text, url));
  if (parsed.kind === 'urlset') return newestFirst(parsed.entries);
  // Index order is usually oldest first; news sitemaps and the last children hold the recent articles.
  const children = [...parsed.sitemaps].reverse().sort((a, b) => Number(/news/i.test(b)) - Number(/news/i.test(a))).slice(0, settings.maxChildSitemaps);
  const entries: SitemapEntry[] = [];
  for (const child of children) {
    const response = await timer.timeAsync('fetch', () => fetcher.fetch({ url: child, accept: FEED_ACCEPT }));
    const inner = parseSitemapText(response.text, response.url);
    if (inner.kind === 'urlset') entries.push(...inner.entries);
    else throw new UpstreamError('sources', 'sitemap index nested inside a sitemap index', child, false);
  }
  return newestFirst(entries);
}

function newestFirst(entries: SitemapEntry[]): SitemapEntry[] {
  const time = (e: SitemapEntry) => Date.parse(e.publishedAt ?? e.lastModified ?? '') || 0;
  return [...entries].sort((a, b) => time(b) - time(a));
}
