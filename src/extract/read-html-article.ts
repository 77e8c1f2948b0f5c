// Runs Readability over an HTML page (on linkedom) and returns the article's text plus the page's own metadata.
import { Readability } from '@mozilla/readability';
import { convertHtmlToText } from './html-to-text.js';
import { parseDocument } from './parse-document.js';
import type { DomDocument, DomElement } from './parse-document.js';
import { findLead } from './find-lead.js';
import { readPageMetadata } from './read-page-metadata.js';
import type { PageMetadata } from './read-page-metadata.js';
import { removePageChrome } from './remove-page-chrome.js';

/**
 * Readability walks the whole DOM several times, and linkedom builds it in memory: a pathological page (tens of MB,
 * deeply nested) would take minutes. News articles fit easily in 2 MB, so only the first 2 MB are read.
 */
export const MAX_HTML_CHARS = 2_000_000;

/**
 * Readability recurses through the tree and takes tens of seconds before overflowing the stack on pages nested
 * thousands deep; real articles stay far below this depth, so deeper pages go straight to the fallback.
 */
const MAX_DEPTH_FOR_READABILITY = 400;
/** Readability gives up (throws) past this many elements, rather than spending seconds on a page that is mostly chrome. */
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

/** Below this many characters, Readability's result is not an article (a cookie wall, an empty shell). */
const MIN_ARTICLE_CHARS = 80;
/** Below this many characters, Readability's result is checked against the page's marked article container... */
const SHORT_ARTICLE_CHARS = 1500;
/** ...which replaces it when it holds this many times more text. */
const MIN_CONTAINER_RATIO = 2;

export interface HtmlArticle {
  /** Article text, paragraphs separated by a blank line; not yet boilerplate-filtered. */
  text: string;
  readabilityTitle: string | null;
  byline: string | null;
  /** The standfirst under the headline, if the page marks one; it may also be in `text`. */
  lead: string | null;
  metadata: PageMetadata;
  /** Captions and credit lines taken out of the text; their agency credits are still worth reading. */
  captions: string[];
}

interface ReadableResult {
  title?: string | null;
  content?: string | null;
  byline?: string | null;
}

/** Deepest element nesting under the body, counted without recursion; stops counting once past `limit`. */
function measureDepth(document: DomDocument, limit: number): number {
  const stack: { node: DomElement; depth: number }[] = document.body ? [{ node: document.body, depth: 0 }] : [];
  let deepest = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    deepest = Math.max(deepest, item.depth);
    if (deepest > limit) break;
    for (const child of Array.from(item.node.childNodes)) {
      if (child.nodeType === 1) stack.push({ node: child, depth: item.depth + 1 });
    }
  }
  return deepest;
}

/** Readability rewrites the document it is given: run it last, on the page already read for metadata. */
function runReadability(document: DomDocument, pageDepth: number, captions: string[]): ReadableResult | null {
  if (pageDepth > MAX_DEPTH_FOR_READABILITY) return null;
  captions.push(...removePageChrome(document).captions);
  try {
    return new Readability(document, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY }).parse();
  } catch {
    // Readability throws on some malformed trees; the <article>/<body> fallback below still gets the text.
    return null;
  }
}

/**
 * The page's marked article body, <article> or <main>, else its <body> (unless `markedOnly`), without chrome, as
 * text: used when Readability finds nothing useful (a short photo post, a page it cannot score) or only a piece.
 */
function readFallbackText(document: DomDocument, markedOnly = false): string {
  removePageChrome(document);
  const marked = document.querySelector('[itemprop="articleBody"]') ?? document.querySelector('article') ?? document.querySelector('main');
  const container = marked ?? (markedOnly ? null : document.body);
  return container ? convertHtmlToText(container.innerHTML) : '';
}

export function readHtmlArticle(html: string): HtmlArticle {
  const capped = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const document = parseDocument(capped);
  const metadata = readPageMetadata(document);
  const lead = findLead(document);
  const captions: string[] = [];
  const result = runReadability(document, measureDepth(document, MAX_DEPTH_FOR_READABILITY), captions);
  const readable = result?.content ? convertHtmlToText(result.content) : '';
  // The fallback needs the page as it was, which Readability has rewritten: parse it again (rare).
  let text = readable.length >= MIN_ARTICLE_CHARS ? readable : readFallbackText(parseDocument(capped)) || readable;
  if (text === readable && readable.length < SHORT_ARTICLE_CHARS) {
    // A short result may be one piece of a story Readability cut up (a list of sections, a recipe, a lead): when the
    // page marks its article container and that holds far more text, the container is the article.
    const marked = readFallbackText(parseDocument(capped), true);
    if (marked.length > readable.length * MIN_CONTAINER_RATIO) text = marked;
  }
  return {
    text,
    readabilityTitle: result?.title?.trim() || null,
    byline: result?.byline?.trim() || null,
    lead,
    metadata,
    captions,
  };
}
