// Serves the stylesheet and icon with long cache lifetimes (their URLs carry a content hash).
import { Hono } from 'hono';
import { FAVICON_SVG } from './favicon-svg.js';
import { SITE_CSS } from './site-css.js';

const LONG_CACHE = 'public, max-age=31536000, immutable';

export function createAssetRoutes(): Hono {
  const assets = new Hono();
  assets.get('/site.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', LONG_CACHE);
    return c.body(SITE_CSS);
  });
  assets.get('/favicon.svg', (c) => {
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', LONG_CACHE);
    return c.body(FAVICON_SVG);
  });
  return assets;
}
