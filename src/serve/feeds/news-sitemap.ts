// The Google News sitemap: each recent article with its publication name, language, date and original title, written by hand (no library covers it).
import type { Article } from '../../domain/index.js';

export const SITEMAP_WINDOW_HOURS = 48;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped: a stray control character must not break the whole file.
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these, so they are what must be removed
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '').replace(/[&<>"']/gu, (ch) => XML_ESCAPES[ch] ?? ch);
}

export function buildNewsSitemap(origin: string, siteName: string, articles: Article[]): string {
  const urls = articles.map((article) => {
    const published = article.publishedAt ? new Date(article.publishedAt).toISOString() : '';
    return [
      '  <url>',
      `    <loc>${escapeXml(`${origin}/articles/${encodeURIComponent(article.id)}`)}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeXml(siteName)}</news:name>`,
      `        <news:language>${escapeXml(article.language)}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${published}</news:publication_date>`,
      `      <news:title>${escapeXml(article.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
