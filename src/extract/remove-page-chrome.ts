// Removes page chrome from the DOM before Readability scores it: share bars, newsletter boxes, related-links
// lists, captions and credits, bylines and datelines, galleries, navigation. Readability keeps many of these when
// they sit inside the article container; text-level filtering afterwards cannot tell a caption from a paragraph.
import type { DomDocument } from './parse-document.js';

interface ChromeElement {
  nodeName: string;
  textContent: string | null;
  parentNode: unknown;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ChromeElement>;
  remove(): void;
}

/** Elements that are never article text. Captions are left out on purpose: the text a reader follows goes on without them. */
const CHROME_TAGS = 'nav, aside, footer, form, button, figcaption, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="dialog"]';

/**
 * Words in class and id names that mark chrome. Matched as a whole word of the name ("share-bar", "post_date",
 * "socialLinks"), so "shared-content" or "updated-article" do not match. Several languages' CMSs use English names.
 */
const CHROME_NAME = new RegExp(
  String.raw`(?:^|[\s_-])(share|shares|sharing|sharebar|social|socials|sociallinks|newsletter|newsletters|subscribe|subscription|signup|` +
    String.raw`related|relatedlinks|recommended|recommendations|recirc|readmore|read-more|read-also|readalso|see-also|more-stories|morestories|also-read|promo|promos|` +
    String.raw`advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|taboola|caption|captions|credit|credits|byline|bylines|` +
    String.raw`author|authors|author-bio|dateline|timestamp|date|dates|published|breadcrumb|breadcrumbs|tags|tag-list|taglist|keywords|` +
    String.raw`comment|comments|popular|most-read|mostread|trending|toolbar|tools|print|gallery|slideshow|carousel|popup|cookie|cookies|` +
    String.raw`consent|sr-only|visually-hidden|screen-reader-text|meta|post-meta|entry-meta|article-meta|disclaimer|widget|sidebar|` +
    String.raw`banner)(?:$|[\s_-])`,
  'iu',
);

/**
 * An element holding this share of the page's prose (text outside links) or more wraps the article itself
 * ("container penci_sidebar", "widget Blog", a <footer> around the whole story on a broken template): never chrome.
 */
const MAX_SHARE_OF_PROSE = 0.3;
/** A paragraph this short that is all link is a teaser for another story; longer ones are quoted headlines with context. */
const MAX_LINK_PARAGRAPH_CHARS = 160;
/** An <article> this short with a linked headline is a teaser card for another story. */
const MAX_CARD_CHARS = 500;
/** A block this long with a <time> in it is an article paragraph that mentions a date, not a dateline. */
const MAX_DATELINE_CHARS = 120;

function textLength(element: ChromeElement): number {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim().length;
}

/** class and id as one string, camelCase split so that "socialShare" reads as "social Share". */
function readNames(element: ChromeElement): string {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.replace(/([a-z])([A-Z])/gu, '$1 $2');
}

/** A paragraph this long is prose; shorter ones are link labels and teasers. */
const MIN_PARAGRAPH_CHARS = 80;

interface Prose {
  /** Characters in <p>s long enough to be prose. */
  paragraphs: number;
  /** The element's text minus its links' text: blogs that write with <br> instead of <p> have prose only here. */
  unlinked: number;
}

/** Chrome is mostly links and short labels; an article body is mostly running text. */
function measureProse(element: ChromeElement): Prose {
  let paragraphs = 0;
  for (const paragraph of Array.from(element.querySelectorAll('p'))) {
    const length = textLength(paragraph);
    if (length >= MIN_PARAGRAPH_CHARS) paragraphs += length;
  }
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) linked += textLength(link);
  return { paragraphs, unlinked: Math.max(0, textLength(element) - linked) };
}

/** Whether the element holds a large share of the page's prose by either measure: then it wraps the article. */
function holdsArticle(element: ChromeElement, page: Prose): boolean {
  const prose = measureProse(element);
  return (
    (page.paragraphs > 0 && prose.paragraphs >= page.paragraphs * MAX_SHARE_OF_PROSE) ||
    (page.unlinked > 0 && prose.unlinked >= page.unlinked * MAX_SHARE_OF_PROSE)
  );
}

export interface RemovedChrome {
  removed: number;
  /** Text of the removed captions and credit lines: the agency credits in them are still metadata. */
  captions: string[];
}

const CAPTION_NAME = /(?:^|[\s_-])(?:caption|captions|credit|credits)(?:$|[\s_-])/iu;

function removeAll(elements: ChromeElement[], pageProse: Prose, into: RemovedChrome): void {
  for (const element of elements) {
    if (!element.parentNode) continue;
    if (holdsArticle(element, pageProse)) continue;
    if (element.nodeName.toLowerCase() === 'figcaption' || CAPTION_NAME.test(readNames(element))) {
      const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (text) into.captions.push(text);
    }
    element.remove();
    into.removed += 1;
  }
}

/** The chrome word an element's class or id carries ("gallery" for "gallery--paragraph-section"), lower-cased. */
function chromeWord(element: ChromeElement): string | null {
  return CHROME_NAME.exec(readNames(element))?.[1]?.toLowerCase() ?? null;
}

/**
 * Layout words that templates also give to the boxes a story is cut into. Words that name a kind of content
 * (comment, related, caption) are left out: a long run of comments or teasers is still not the article.
 */
const LAYOUT_WORDS = new Set(['widget', 'gallery', 'slideshow', 'carousel']);

/**
 * Words that a page uses for the article's own pieces: some templates cut the story into many boxes that each carry
 * a chrome-looking name ("gallery-section", "elementor-widget"), none of which holds much of the prose alone. When
 * the outermost boxes carrying one word hold, together, a large share of the page's prose, that word names article
 * structure on this page and its boxes stay.
 */
function findArticleWords(candidates: readonly ChromeElement[], page: Prose): Set<string> {
  const byWord = new Map<string, ChromeElement[]>();
  for (const element of candidates) {
    const word = chromeWord(element);
    if (word && LAYOUT_WORDS.has(word)) byWord.set(word, [...(byWord.get(word) ?? []), element]);
  }
  const words = new Set<string>();
  for (const [word, elements] of byWord) {
    if (elements.length < 2) continue;
    const members = new Set<unknown>(elements);
    const outermost = elements.filter((element) => {
      for (let parent = element.parentNode as ChromeElement | null; parent; parent = parent.parentNode as ChromeElement | null) {
        if (members.has(parent)) return false;
      }
      return true;
    });
    const total: Prose = { paragraphs: 0, unlinked: 0 };
    for (const element of outermost) {
      const prose = measureProse(element);
      total.paragraphs += prose.paragraphs;
      total.unlinked += prose.unlinked;
    }
    if (
      (page.paragraphs > 0 && total.paragraphs >= page.paragraphs * MAX_SHARE_OF_PROSE) ||
      (page.unlinked > 0 && total.unlinked >= page.unlinked * MAX_SHARE_OF_PROSE)
    ) {
      words.add(word);
    }
  }
  return words;
}

/** Removes chrome elements in place. Run on a document Readability is about to read. */
export function removePageChrome(document: DomDocument): RemovedChrome {
  const result: RemovedChrome = { removed: 0, captions: [] };
  const body = document.body as unknown as ChromeElement | null;
  if (!body) return result;
  // Script and style text counts as text in the DOM and would swamp the measure of prose; Readability drops them anyway.
  for (const element of Array.from(body.querySelectorAll('script, style, template'))) element.remove();
  const pageProse = measureProse(body);
  const all = Array.from(body.querySelectorAll('*'));
  const byName = all.filter((element) => {
    const tag = element.nodeName.toLowerCase();
    // Names on the document's skeleton (html/body/main/article) describe the page type, not a box inside it.
    if (tag === 'main' || tag === 'article' || tag === 'p' || tag === 'h1') return false;
    return CHROME_NAME.test(readNames(element));
  });
  const articleWords = findArticleWords(byName, pageProse);
  removeAll(Array.from(body.querySelectorAll(CHROME_TAGS)), pageProse, result);
  removeAll(
    byName.filter((element) => !articleWords.has(chromeWord(element) ?? '')),
    pageProse,
    result,
  );
  // Paragraphs that are nothing but a link: inline "read also" teasers ("CO-FOUNDER PROUD OF ...", "See more: ...").
  const linkParagraphs = Array.from(body.querySelectorAll('p')).filter((paragraph) => {
    const length = textLength(paragraph);
    if (length === 0 || length > MAX_LINK_PARAGRAPH_CHARS) return false;
    let linked = 0;
    for (const link of Array.from(paragraph.querySelectorAll('a'))) linked += textLength(link);
    return linked >= length * 0.9;
  });
  removeAll(linkParagraphs, pageProse, result);
  // Teaser cards for other stories: a short <article> whose headline is a link ("<article><h2><a>Headline</a></h2><p>One
  // line of teaser</p></article>"), repeated down the side or after the story.
  const cards = Array.from(body.querySelectorAll('article')).filter(
    (card) => textLength(card) <= MAX_CARD_CHARS && card.querySelectorAll('h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4').length > 0,
  );
  removeAll(cards, pageProse, result);
  // Short blocks that hold a <time>: "Updated 1:39 am EST, Wednesday, November 20, 2019", "Posted: Fri 6:45 PM".
  const datelines = Array.from(body.querySelectorAll('time'))
    .map((time) => time.parentNode as ChromeElement | null)
    .filter((parent): parent is ChromeElement => parent !== null && parent !== body && textLength(parent) <= MAX_DATELINE_CHARS);
  removeAll(datelines, pageProse, result);
  return result;
}
