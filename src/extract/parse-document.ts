// Parses HTML with linkedom behind the small DOM interface extraction uses (the project compiles without DOM types).
import { parseHTML } from 'linkedom';

export interface DomElement {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  innerHTML: string;
  childNodes: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function parseDocument(html: string): DomDocument {
  // linkedom builds no <body> for a bare fragment (JSON feeds often carry `<p>…</p>` only), and
  // Readability and the fallbacks need one: wrap fragments in a document.
  const isDocument = /<(?:!doctype|html|head|body)[\s>]/i.test(html.slice(0, 4096));
  const source = isDocument ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const window = parseHTML(source) as unknown as { document: DomDocument };
  return window.document;
}
