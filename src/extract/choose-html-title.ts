// Picks an HTML page's title from its metadata, in order of trust, and strips the site name from a bare <title>.
import type { PageMetadata } from './read-page-metadata.js';

/** " | Le Monde", " - BBC News", " — Site": the separator a <title> puts before the site's name. */
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—]{1,60}$/u;

/** "<headline> | Site" -> "<headline>", unless that would leave almost nothing. */
export function stripSiteSuffix(title: string): string {
  const stripped = title.replace(SITE_SUFFIX, '').trim();
  return stripped.split(/\s+/u).length >= 2 ? stripped : title;
}

/** JSON-LD headline > og:title > Readability's title > first <h1> > <title> without its " | Site" suffix. */
export function chooseHtmlTitle(metadata: PageMetadata, readabilityTitle: string | null): string | null {
  const documentTitle = metadata.documentTitle ? stripSiteSuffix(metadata.documentTitle) : null;
  // Readability sometimes hands back the whole <title>, site name included.
  const readable = readabilityTitle && readabilityTitle === metadata.documentTitle ? documentTitle : readabilityTitle;
  const candidates = [metadata.jsonLd?.headline, metadata.ogTitle, readable, metadata.firstHeading, documentTitle];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim().length > 0)?.trim() ?? null;
}
