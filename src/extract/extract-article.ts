// The extraction stage: one RawDocument (HTML or text) in, one ExtractedArticle (clean text and metadata) out.
import type { DateOrigin, ExtractedArticle, RawDocument } from '../domain/index.js';
import { InputError } from '../domain/index.js';
import { chooseHtmlTitle } from './choose-html-title.js';
import { deriveTitle } from './choose-text-title.js';
import { filterBoilerplate } from './filter-boilerplate.js';
import { findTextDate } from './find-text-date.js';
import { normaliseDate } from './normalise-date.js';
import { compareKey, normaliseLine } from './normalise-whitespace.js';
import { readHtmlArticle } from './read-html-article.js';
import { readTextArticle } from './read-text-article.js';

export interface ExtractOptions {
  /**
   * When the document was fetched: the reference for relative datelines ("hier à 10h", "2 hours ago"). Without it
   * such datelines are ignored, since the age of a file is unknown.
   */
  now?: Date;
}

/** What each format yields before the shared rules (priorities, dates in the text) are applied. */
interface Draft {
  title: string | null;
  lead: string | null;
  text: string;
  removed: number;
  sources: string[];
  credits: string[];
  urls: (string | null | undefined)[];
  sourceNames: (string | null | undefined)[];
  dates: { value: string | null | undefined; origin: DateOrigin }[];
  author: string | null;
  section: string | null;
  imageUrl: string | null;
  languageHint: string | null;
  /** Lines near the top where a publication date may be written out. */
  topLines: string[];
}

function firstText(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const line = normaliseLine(value ?? '');
    if (line.length > 0) return line;
  }
  return null;
}

/** The first value that is, or resolves against the page's own address to, an http(s) URL. */
function firstUrl(values: readonly (string | null | undefined)[], base: string | null): string | null {
  for (const value of values) {
    if (!value?.trim()) continue;
    try {
      const url = base ? new URL(value.trim(), base) : new URL(value.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A relative or broken URL with nothing to resolve it against: try the next candidate.
    }
  }
  return null;
}

/** Paragraphs at the top of the body where Readability leaves a lead it kept. */
const LEAD_SEARCH_PARAGRAPHS = 4;

/**
 * The lead as its own field, for the standfirst Readability dropped from the body (it sits in the article header).
 * When Readability kept it among the first paragraphs, the body already shows it in place and there is no separate
 * lead, so it is never shown twice. A lead that the boilerplate filter rejects as chrome is no lead.
 */
function separateLead(found: string | null, body: readonly string[]): string | null {
  if (!found) return null;
  const lead = normaliseLine(filterBoilerplate(found).text.replace(/\s+/gu, ' '));
  const key = compareKey(lead);
  if (key.length === 0) return null;
  const inBody = body.slice(0, LEAD_SEARCH_PARAGRAPHS).some((paragraph) => compareKey(paragraph).includes(key));
  return inBody ? null : lead;
}

function draftHtml(doc: RawDocument): Draft {
  const page = readHtmlArticle(doc.body);
  const meta = page.metadata;
  const jsonLd = meta.jsonLd;
  const filtered = filterBoilerplate(page.text);
  const title = chooseHtmlTitle(meta, page.readabilityTitle);
  // Readability often keeps the <h1>; the title is metadata, so its copy at the top of the text goes.
  const paragraphs = filtered.text.split('\n\n');
  const titleKey = title ? compareKey(title) : '';
  const first = paragraphs[0];
  const dropFirst = first !== undefined && titleKey.length > 0 && compareKey(first) === titleKey;
  const body = dropFirst ? paragraphs.slice(1) : paragraphs;
  const lead = separateLead(page.lead, body);
  return {
    title,
    lead,
    text: body.join('\n\n'),
    removed: filtered.removed,
    sources: filtered.sources,
    credits: [...new Set([...filtered.credits, ...filterBoilerplate(page.captions.join('\n\n')).credits])],
    urls: [meta.canonical, meta.ogUrl, jsonLd?.url],
    sourceNames: [jsonLd?.publisher, meta.siteName],
    dates: [
      { value: jsonLd?.datePublished, origin: 'jsonld' },
      { value: meta.metaPublished, origin: 'meta' },
    ],
    author: firstText([jsonLd?.author, meta.metaAuthor, page.byline]),
    section: firstText([jsonLd?.section, meta.metaSection]),
    imageUrl: firstUrl([jsonLd?.image, meta.ogImage], meta.canonical ?? meta.ogUrl),
    languageHint: meta.lang,
    topLines: paragraphs.slice(0, 6),
  };
}

function draftText(doc: RawDocument): Draft {
  const article = readTextArticle(doc.body, firstText([doc.hints.title]));
  return {
    title: article.title,
    lead: null,
    text: article.text,
    removed: article.removed,
    sources: article.sources,
    credits: article.credits,
    urls: [],
    sourceNames: [],
    dates: [{ value: article.timestamp, origin: 'text' }],
    author: null,
    section: null,
    imageUrl: null,
    languageHint: null,
    topLines: article.topLines,
  };
}

/** Removes a dateline paragraph ("Publié le 12 mai 2021") that became metadata. */
function removeParagraph(text: string, line: string): string {
  return text
    .split('\n\n')
    .filter((paragraph) => normaliseLine(paragraph) !== line)
    .join('\n\n');
}

/**
 * Extracts one document. Priorities: the input's hints first, then the page's own metadata (JSON-LD before meta
 * tags), then what the text itself says. Throws an InputError when no article text is left after filtering.
 */
export function extractArticle(doc: RawDocument, options: ExtractOptions = {}): ExtractedArticle {
  const draft = doc.format === 'html' ? draftHtml(doc) : draftText(doc);
  const hints = doc.hints;
  const languageHint = firstText([hints.language, draft.languageHint]);
  let text = draft.text.trim();
  let removed = draft.removed;

  let publishedAt = normaliseDate(hints.publishedAt);
  let publishedAtOrigin: DateOrigin = publishedAt ? 'input' : 'none';
  for (const candidate of draft.dates) {
    if (publishedAt) break;
    publishedAt = normaliseDate(candidate.value);
    if (publishedAt) publishedAtOrigin = candidate.origin;
  }
  if (!publishedAt) {
    const found = findTextDate(draft.topLines, languageHint, options.now ?? null);
    if (found) {
      publishedAt = found.publishedAt;
      publishedAtOrigin = 'text';
      if (found.isDateline) {
        const before = text;
        text = removeParagraph(text, found.line);
        if (text !== before) removed += 1;
      }
    }
  }

  if (text.length === 0) throw new InputError('extract', 'no article text found', doc.ref);
  const title = firstText([hints.title, draft.title]) ?? deriveTitle(text.split('\n')[0] ?? '');
  const url = firstUrl([hints.url, ...draft.urls], firstText([hints.url]));
  return {
    ref: doc.ref,
    title,
    lead: draft.lead,
    text,
    url,
    sourceName: firstText([hints.source, ...draft.sourceNames, draft.sources[0]]),
    credits: draft.credits,
    author: draft.author,
    section: draft.section,
    imageUrl: draft.imageUrl,
    publishedAt,
    publishedAtOrigin: publishedAt ? publishedAtOrigin : 'none',
    languageHint,
    removedBlocks: removed,
  };
}
