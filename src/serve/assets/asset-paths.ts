// Versioned asset URLs: the content hash in the query lets browsers cache the files for a year safely.
import { createHash } from 'node:crypto';
import { SITE_CSS } from './site-css.js';
import { FAVICON_SVG } from './favicon-svg.js';

function version(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}

export const ASSET_PATHS = {
  css: `/assets/site.css?v=${version(SITE_CSS)}`,
  icon: `/assets/favicon.svg?v=${version(FAVICON_SVG)}`,
} as const;
