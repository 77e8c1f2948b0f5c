// Parses a feed (RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1) with feedsmith, repairing malformed XML first when needed.
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import type { AnyFeed } from 'feedsmith';
import { InputError } from '../domain/index.js';
import type { FeedItem, ParsedFeed } from './feed-item.js';
import { rebuildXml, repairEntities } from './recover-xml.js';

/**
 * Throws an InputError naming `url` when nothing can be recovered: an HTML page (a 404 page served
 * with status 200, a site's home page), an empty body, or XML that is no feed at all.
 */
export function parseFeedText(text: string, url: string): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new InputError('sources', 'not a feed: the response is empty', url);
  const attempts: (() => string)[] = [() => body, () => repairEntities(body), () => rebuildXml(repairEntities(body))];
  let firstError: unknown = null;
  for (const [i, attempt] of attempts.entries()) {
    if (i > 0 && body.startsWith('{')) break;
    try {
      const parsed = parseFeed(attempt());
      return normaliseFeed(parsed, url, i > 0);
    } catch (error) {
      firstError ??= error;
    }
  }
  if (looksLikeHtml(body)) throw new InputError('sources', 'not a feed: the URL returned an HTML page', url);
  const reason = firstError instanceof Error ? firstError.message : String(firstError);
  throw new InputError('sources', `not a feed, and nothing could be recovered (${reason})`, url);
}

export function looksLikeHtml(text: string): boolean {
  return /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
}

type Text = string | { value?: string } | undefined;
const textOf = (t: Text): string | null => {
  const v = typeof t === 'string' ? t : t?.value;
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
};
const first = <T>(list: readonly T[] | undefined): T | undefined => list?.[0];

function normaliseFeed(parsed: AnyFeed, url: string, recovered: boolean): ParsedFeed {
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        format: 'rss',
        title: textOf(f.title),
        link: absolute(f.link, url),
        language: textOf(f.language),
        ttlMinutes: typeof f.ttl === 'number' && f.ttl > 0 ? f.ttl : null,
        items: (f.items ?? []).map((item) =>
          finishItem(
            {
              guid: textOf(item.guid?.value),
              title: textOf(item.title),
              link: absolute(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined), url),
              publishedAt: textOf(item.pubDate) ?? textOf(first(item.dc?.dates)) ?? null,
              author: textOf(first(item.authors)?.name) ?? textOf(first(item.dc?.creators)),
              contentHtml: textOf(item.content?.encoded),
              summary: textOf(item.description),
              language: textOf(first(item.dc?.languages)),
            },
          ),
        ),
        recovered,
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        format: 'rdf',
        title: textOf(f.title),
        link: absolute(f.link, url),
        language: textOf(first(f.dc?.languages)),
        ttlMinutes: null,
        items: (f.items ?? []).map((item) =>
          finishItem({
            guid: textOf(item.rdf?.about),
            title: textOf(item.title),
            link: absolute(item.link ?? item.rdf?.about, url),
            publishedAt: textOf(first(item.dc?.dates)),
            author: textOf(first(item.dc?.creators)),
            contentHtml: textOf(item.content?.encoded),
            summary: textOf(item.description),
            language: textOf(first(item.dc?.languages)),
          }),
        ),
        recovered,
      };
    }
    case 'atom': {
      const f = parsed.feed;
      const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
        (links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href ?? first(links)?.href;
      return {
        format: 'atom',
        title: textOf(f.title),
        link: absolute(alternate(f.links), url),
        language: null,
        ttlMinutes: null,
        items: (f.entries ?? []).map((entry) => {
          // Atom 0.3 used issued/modified/created; feedsmith keeps 1.0 names, so look at both.
          const legacy = entry as { issued?: string; modified?: string; created?: string };
          return finishItem({
            guid: textOf(entry.id),
            title: textOf(entry.title),
            link: absolute(alternate(entry.links), url),
            publishedAt: textOf(entry.published) ?? textOf(legacy.issued) ?? textOf(legacy.created) ?? textOf(entry.updated) ?? textOf(legacy.modified) ?? textOf(first(entry.dc?.dates)),
            author: textOf(first(entry.authors)?.name) ?? textOf(first(entry.dc?.creators)),
            contentHtml: textOf(entry.content?.value),
            summary: textOf(entry.summary),
            language: null,
          });
        }),
        recovered,
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        format: 'json',
        title: textOf(f.title),
        link: absolute(f.home_page_url, url),
        language: textOf(f.language),
        ttlMinutes: null,
        items: (f.items ?? []).map((item) =>
          finishItem({
            guid: textOf(item.id),
            title: textOf(item.title),
            link: absolute(item.url ?? item.external_url, url),
            publishedAt: textOf(item.date_published) ?? textOf(item.date_modified),
            author: textOf(first(item.authors)?.name),
            contentHtml: textOf(item.content_html) ?? (item.content_text ? escapeAsParagraphs(item.content_text) : null),
            summary: textOf(item.summary),
            language: textOf(item.language) ?? textOf(f.language),
          }),
        ),
        recovered,
      };
    }
  }
}

function finishItem(item: Omit<FeedItem, 'key'> & { guid: string | null }): FeedItem {
  const { guid, ...rest } = item;
  const key = guid ?? rest.link ?? `sha1:${createHash('sha1').update(`${rest.title ?? ''}\n${rest.summary ?? ''}\n${rest.contentHtml ?? ''}`).digest('hex')}`;
  return { key, ...rest };
}

function absolute(link: string | undefined | null, base: string): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function escapeAsParagraphs(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
}
