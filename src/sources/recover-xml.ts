// Repairs the usual damage in real feeds so an XML parser can read them: stray `&`, HTML entities, unclosed tags.
import { parseHtmlMarkup, parseXmlMarkup } from './parse-markup.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const htmlEntityCache = new Map<string, string>();

/** HTML named entities (`&eacute;`, `&nbsp;`) are undefined in XML: turn them into numeric references. */
function decodeHtmlEntity(name: string): string | null {
  const cached = htmlEntityCache.get(name);
  let value: string;
  if (cached === undefined) {
    const document = parseHtmlMarkup(`<html><body><p>&${name};</p></body></html>`);
    value = String(document.querySelector('p')?.textContent ?? '');
    htmlEntityCache.set(name, value);
  } else value = cached;
  return value === `&${name};` || value === '' ? null : value;
}

/** Escapes `&` that start no entity and rewrites HTML entities; leaves CDATA sections alone. */
export function repairEntities(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/&(#\d+;|#x[0-9a-f]+;|([a-z][a-z0-9]*);)?/gi, (match, entity: string | undefined, name: string | undefined) => {
            if (!entity) return '&amp;';
            if (!name || XML_ENTITIES.has(name)) return match;
            const decoded = decodeHtmlEntity(name);
            return decoded === null ? `&amp;${name};` : [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('');
          }),
    )
    .join('');
}

/**
 * Re-parses with a forgiving XML parser (linkedom) and serialises the tree it built: unclosed and
 * mis-nested tags come back closed. Text is kept; anything before the first tag is dropped.
 */
export function rebuildXml(xml: string): string {
  const start = xml.indexOf('<');
  const body = start > 0 ? xml.slice(start) : xml;
  return parseXmlMarkup(body.replace(/^<\?xml[^>]*\?>/, '')).toString();
}
