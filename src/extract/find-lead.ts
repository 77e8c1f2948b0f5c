// Finds an article's lead (standfirst, chapô, entradilla, Vorspann): the summary paragraph between the headline and the
// body. Readability often drops it, since it sits in the article header rather than among the body's paragraphs, and
// benchmarks disagree on whether it is article text, so it is returned apart from the body.
import { compareKey, normaliseLine } from './normalise-whitespace.js';
import type { DomDocument, DomElement } from './parse-document.js';

/**
 * Words in class and id names that mark a lead, across CMSs and languages: English (lead, lede, standfirst, intro,
 * deck, dek, summary, subtitle), French (chapo, chapeau), Spanish (entradilla, sumario, bajada), Italian (sommario),
 * Portuguese (linha-fina), German (vorspann, anriss). Matched as whole words of the name, camelCase split.
 */
const LEAD_NAME = new RegExp(
  String.raw`(?:^|[\s_-])(lead|lede|leadin|standfirst|stand-first|intro|introduction|chapo|chapeau|entradilla|sumario|bajada|` +
    String.raw`sommario|linha-fina|linhafina|vorspann|anriss|deck|dek|subtitle|sub-title|subheadline|sub-headline|subhead|` +
    String.raw`summary|excerpt|abstract|description|teaser|descr)(?:$|[\s_-])`,
  'iu',
);

/** Elements around a lead that are never one: page chrome, lists of links, headings of other boxes. */
const NOT_LEAD_ANCESTORS = new Set(['nav', 'aside', 'footer', 'form', 'button', 'a', 'li', 'figure', 'figcaption', 'ul', 'ol', 'select', 'label']);
/** A lead is a sentence or a few: shorter is a kicker or a label, longer is the body itself. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 900;
/** A lead is prose: at most this share of its text may be link text. */
const MAX_LINK_SHARE = 0.3;
/** Text allowed between the headline and the lead: a byline, a date, share counters, a photo credit. */
const MAX_TEXT_BEFORE_LEAD = 400;
/** A paragraph this long is body prose: a lead comes before the body's first one, never after it. */
const MIN_BODY_PARAGRAPH_CHARS = 80;

interface LeadElement extends DomElement {
  parentNode: LeadElement | null;
  querySelectorAll(selector: string): ArrayLike<LeadElement>;
  contains(other: LeadElement): boolean;
}

function textOf(element: DomElement): string {
  return normaliseLine((element.textContent ?? '').replace(/\s+/gu, ' '));
}

function readNames(element: DomElement): string {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.replace(/([a-z])([A-Z])/gu, '$1 $2');
}

function insideChrome(element: LeadElement): boolean {
  for (let node: LeadElement | null = element; node; node = node.parentNode) {
    if (node.nodeType !== 1) continue;
    if (NOT_LEAD_ANCESTORS.has(node.nodeName.toLowerCase())) return true;
  }
  return false;
}

function linkShare(element: LeadElement, length: number): number {
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += textOf(link).length;
  return length === 0 ? 1 : linked / length;
}

/** Characters other than white space: offsets and lengths counted alike, however the markup spaces its text. */
function countVisible(text: string | null): number {
  return (text ?? '').replace(/\s+/gu, '').length;
}

/**
 * Text characters before each element in document order, counted once over the body: the distance between the
 * headline and a candidate lead is the difference of their offsets minus the headline's own text.
 */
function measureOffsets(body: LeadElement): Map<LeadElement, number> {
  const offsets = new Map<LeadElement, number>();
  let offset = 0;
  const stack: LeadElement[] = [body];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeType === 3) {
      offset += countVisible(node.textContent);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
    offsets.set(node, offset);
    const children = Array.from(node.childNodes) as LeadElement[];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as LeadElement);
  }
  return offsets;
}

/** The page's headline: the first <h1> with text, else nothing (no anchor to place a lead against). */
function findHeadline(document: DomDocument): LeadElement | null {
  for (const heading of Array.from(document.querySelectorAll('h1')) as LeadElement[]) {
    if (textOf(heading).length > 0 && !insideChrome(heading)) return heading;
  }
  return null;
}

function isLeadText(element: LeadElement, text: string): boolean {
  if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS) return false;
  if (insideChrome(element)) return false;
  if (element.querySelectorAll('h1, h2, h3, ul, ol, table, p p').length > 0) return false;
  // A lead is a sentence: it has several words (scripts without spaces pass on length).
  if (/\s/u.test(text) && text.split(' ').length < 6) return false;
  return linkShare(element, text.length) <= MAX_LINK_SHARE;
}

/** The page's own summary (og:description, description), for the leads that carry no telling class name. */
function readDescription(document: DomDocument): string | null {
  for (const selector of ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]']) {
    const value = normaliseLine(document.querySelector(selector)?.getAttribute('content') ?? '');
    if (value.length >= MIN_LEAD_CHARS) return value;
  }
  return null;
}

/** Whether an element's text is the page's description, whole or cut short with an ellipsis. */
function matchesDescription(text: string, description: string): boolean {
  const key = compareKey(text);
  const wanted = compareKey(description);
  if (key.length === 0 || wanted.length === 0) return false;
  if (key === wanted) return true;
  // Descriptions are often the lead cut at a fixed length: the element must start with all of it.
  return wanted.length >= 60 && key.startsWith(wanted) && wanted.length >= key.length * 0.6;
}

/**
 * The lead of the page, or null. Candidates follow the headline closely (little text between) and are short prose,
 * not inside navigation, lists or figures; the first one marked by a lead word in its class or id wins, else the
 * first paragraph-like block whose text is the page's own description.
 */
export function findLead(document: DomDocument): string | null {
  const body = document.body as LeadElement | null;
  if (!body) return null;
  const headline = findHeadline(document);
  if (!headline) return null;
  const offsets = measureOffsets(body);
  const start = (offsets.get(headline) ?? 0) + countVisible(headline.textContent);
  // Where the body's first prose paragraph after the headline starts: a candidate after it is inside the body.
  let bodyStart = Number.POSITIVE_INFINITY;
  for (const paragraph of Array.from(body.querySelectorAll('p'))) {
    const offset = offsets.get(paragraph);
    if (offset === undefined || offset < start || offset >= bodyStart) continue;
    if (LEAD_NAME.test(readNames(paragraph)) || textOf(paragraph).length < MIN_BODY_PARAGRAPH_CHARS) continue;
    bodyStart = offset;
  }
  const near = (element: LeadElement): boolean => {
    const offset = offsets.get(element);
    if (offset === undefined || offset < start || offset - start > MAX_TEXT_BEFORE_LEAD) return false;
    // The first body paragraph itself may be the lead (an unmarked one that the description names).
    return offset <= bodyStart;
  };
  const candidates = Array.from(body.querySelectorAll('p, div, span, section, header, h2, strong')).filter(
    (element) => near(element) && !element.contains(headline),
  );
  for (const element of candidates) {
    if (!LEAD_NAME.test(readNames(element))) continue;
    const text = textOf(element);
    if (isLeadText(element, text)) return text;
  }
  const description = readDescription(document);
  if (!description) return null;
  for (const element of candidates) {
    const tag = element.nodeName.toLowerCase();
    if (tag !== 'p' && tag !== 'div' && tag !== 'h2' && tag !== 'strong') continue;
    const text = textOf(element);
    if (matchesDescription(text, description) && isLeadText(element, text)) return text;
  }
  return null;
}
