// Turns article HTML into plain text: sanitised to text-level markup, blocks become paragraphs, <br> a newline.
import sanitizeHtml from 'sanitize-html';
import { joinParagraphs, normaliseLine } from './normalise-whitespace.js';
import { parseDocument } from './parse-document.js';
import type { DomElement } from './parse-document.js';

/** Elements that start a new paragraph. Everything else is inline and flows into the current paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Text-level tags plus the block tags above; scripts, styles, forms and media are dropped with their content. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, 'a', 'abbr', 'b', 'bdi', 'br', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u'],
  allowedAttributes: {},
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'iframe', 'object'],
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collects paragraphs; inside one, lines are separated by the newlines that <br> left. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = '';

  write(text: string): void {
    this.current += text.replace(/[ \t\r\n\f]+/gu, ' ');
  }

  breakLine(): void {
    this.current += '\n';
  }

  endParagraph(): void {
    const lines = this.current.split('\n').map(normaliseLine).filter((line) => line.length > 0);
    if (lines.length > 0) this.paragraphs.push(lines.join('\n'));
    this.current = '';
  }
}

/** Depth-first, with an explicit stack: pathological pages nest thousands of elements deep. */
function walk(root: DomElement, writer: ParagraphWriter): void {
  type Step = { node: DomElement; leaving: boolean };
  const stack: Step[] = [{ node: root, leaving: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { node, leaving } = step;
    if (leaving) {
      writer.endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      writer.write(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') {
      writer.breakLine();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      writer.endParagraph();
      stack.push({ node, leaving: true });
    }
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
}

/** Sanitises the HTML and returns its text, paragraphs separated by a blank line, entities decoded. */
export function convertHtmlToText(html: string): string {
  const clean = sanitizeHtml(html, SANITIZE_OPTIONS);
  // Wrapped in a full document so that linkedom always gives us a body to walk, whatever the fragment holds.
  const document = parseDocument(`<!DOCTYPE html><html><head></head><body>${clean}</body></html>`);
  const writer = new ParagraphWriter();
  if (document.body) walk(document.body, writer);
  writer.endParagraph();
  return joinParagraphs(writer.paragraphs);
}
