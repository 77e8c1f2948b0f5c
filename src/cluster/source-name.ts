// The name a story lists for an article's outlet: its source name, else a credit, else one read from its URL or file.
import type { Article } from '../domain/index.js';

/** `sourceName`, else the first credit ("Reuters"), else the URL's host, else the file's folder or name. */
export function nameSource(article: Pick<Article, 'sourceName' | 'credits' | 'url' | 'ref'>): string {
  const named = article.sourceName?.trim() || article.credits.find((c) => c.trim())?.trim();
  if (named) return named;
  for (const candidate of [article.url, article.ref]) {
    const host = readHost(candidate);
    if (host) return host;
  }
  return nameFromPath(article.ref);
}

function readHost(value: string | null): string | null {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** `feeds/lemonde/x.html#2` -> `x`: without an outlet, the file is the most specific name there is. */
function nameFromPath(ref: string): string {
  const path = ref.replace(/#.*$/, '');
  const base = path.split(/[\\/]/).filter(Boolean).pop() ?? ref;
  return base.replace(/\.[a-z0-9]+$/i, '') || ref;
}
