// linkedom behind the few DOM calls the sources stage makes (the project compiles without DOM types).
import { DOMParser, parseHTML } from 'linkedom';

export interface MarkupElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): MarkupElement | null;
  querySelectorAll(selector: string): Iterable<MarkupElement>;
}

export interface MarkupDocument extends MarkupElement {
  /** The document serialised again (well-formed, for XML). */
  toString(): string;
}

export function parseHtmlMarkup(html: string): MarkupDocument {
  return (parseHTML(html) as unknown as { document: MarkupDocument }).document;
}

/** A forgiving XML parse: unclosed and mis-nested tags are closed where the parser can tell. */
export function parseXmlMarkup(xml: string): MarkupDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as MarkupDocument;
}
