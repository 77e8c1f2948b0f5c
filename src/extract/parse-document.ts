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
  const window = parseHTML(html) as unknown as { document: DomDocument };
  return window.document;
}
