// OPML import and export of subscriptions, as every feed reader does (feedsmith reads and writes the XML).
import { generateOpml, parseOpml } from 'feedsmith';
import { InputError } from '../domain/index.js';
import { repairEntities } from './recover-xml.js';

export interface OpmlSource {
  url: string;
  name: string | null;
  /** The enclosing folder's title, used as the section. */
  section: string | null;
  language: string | null;
  kind: 'feed' | 'sitemap' | 'page' | null;
}

interface Outline {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  language?: string;
  outlines?: Outline[];
}

export function readOpml(text: string, ref: string): OpmlSource[] {
  let parsed: { body?: { outlines?: Outline[] } };
  try {
    parsed = parseOpml(repairEntities(text.replace(/^\uFEFF/, '').trim()));
  } catch (error) {
    throw new InputError('sources', `not an OPML file (${(error as Error).message})`, ref);
  }
  const found: OpmlSource[] = [];
  const walk = (outlines: Outline[] | undefined, section: string | null): void => {
    for (const o of outlines ?? []) {
      const url = o.xmlUrl?.trim();
      if (url) {
        const kind = o.type === 'sitemap' ? 'sitemap' : o.type === 'page' ? 'page' : o.type === 'rss' || o.type === 'atom' ? 'feed' : null;
        // Exports write the URL as text when a source has no name; that is no name.
        const name = (o.title ?? o.text)?.trim();
        found.push({ url, name: name && name !== url ? name : null, section, language: o.language?.trim() || null, kind });
      }
      if (o.outlines?.length) walk(o.outlines, (o.title ?? o.text)?.trim() || section);
    }
  };
  walk(parsed.body?.outlines, null);
  return found;
}

export function writeOpml(sources: readonly OpmlSource[], title: string): string {
  const bySection = new Map<string | null, OpmlSource[]>();
  for (const s of sources) bySection.set(s.section, [...(bySection.get(s.section) ?? []), s]);
  const outlineOf = (s: OpmlSource): Outline => ({
    text: s.name ?? s.url,
    ...(s.name ? { title: s.name } : {}),
    type: s.kind === 'feed' || s.kind === null ? 'rss' : s.kind,
    xmlUrl: s.url,
    ...(s.language ? { language: s.language } : {}),
  });
  const outlines: Outline[] = [...bySection.entries()].flatMap(([section, list]) =>
    section === null ? list.map(outlineOf) : [{ text: section, title: section, outlines: list.map(outlineOf) }],
  );
  return generateOpml({ head: { title, dateCreated: new Date() }, body: { outlines } } as Parameters<typeof generateOpml>[0]);
}
