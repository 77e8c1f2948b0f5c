// Reads article metadata from a page's JSON-LD blocks (NewsArticle and kin, also inside @graph and arrays).

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  image: string | null;
  section: string | null;
  url: string | null;
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any schema.org type ending in "Article" (NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, ...) or a blog post. */
function isArticleType(type: Json): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((entry) => typeof entry === 'string' && (/Article$/u.test(entry) || entry === 'BlogPosting'));
}

/** Every object in the block, depth first: top-level arrays, @graph lists and nested values. */
function collectNodes(value: Json, into: Record<string, Json>[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isRecord(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) collectNodes(value['@graph'], into, depth + 1);
  }
}

function readString(value: Json): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A name from "X", {name: "X"} or a list of those, joined with commas. */
function readNames(value: Json): string | null {
  const items = Array.isArray(value) ? value : [value];
  const names = items.map((item) => (isRecord(item) ? readString(item.name) : readString(item))).filter((name): name is string => name !== null);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

/** A URL from "u", {url: "u"}, {@id: "u"} or the first of a list. */
function readUrl(value: Json): string | null {
  const first: Json = Array.isArray(value) ? value[0] : value;
  if (isRecord(first)) return readString(first.url) ?? readString(first['@id']);
  return readString(first);
}

function readFirstString(value: Json): string | null {
  return Array.isArray(value) ? readString(value[0]) : readString(value);
}

function parseBlock(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Pages ship broken JSON-LD often enough; a bad block is ignored, not an error.
    return null;
  }
}

/** Metadata of the first article node found in the given JSON-LD script texts, or null when there is none. */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  const nodes: Record<string, Json>[] = [];
  for (const block of blocks) collectNodes(parseBlock(block), nodes);
  const article = nodes.find((node) => isArticleType(node['@type']));
  if (!article) return null;
  return {
    headline: readString(article.headline) ?? readString(article.name),
    datePublished: readString(article.datePublished) ?? readString(article.dateCreated),
    author: readNames(article.author),
    publisher: readNames(article.publisher),
    image: readUrl(article.image),
    section: readFirstString(article.articleSection),
    url: readString(article.url) ?? readUrl(article.mainEntityOfPage),
  };
}
