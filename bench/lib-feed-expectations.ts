// Translates the feedparser corpus's Python `Expect:` lines into checks on our ParsedFeed, for the forms we can map.
import type { ParsedFeed } from '../src/sources/index.js';

export type Check = (feed: ParsedFeed | null, encoding: string | null) => boolean;

export interface Translation {
  check: Check | null;
  /** Why the expectation is not translated, when check is null. */
  reason: string | null;
  form: string;
}

/** feedparser keys we keep, and where they live in our shape. */
const FEED_KEYS: Record<string, (f: ParsedFeed) => unknown> = {
  title: (f) => f.title,
  'title_detail.value': (f) => f.title,
  link: (f) => f.link,
  language: (f) => f.language,
};
const ENTRY_KEYS: Record<string, (i: ParsedFeed['items'][number]) => unknown> = {
  title: (i) => i.title,
  'title_detail.value': (i) => i.title,
  link: (i) => i.link,
  id: (i) => i.key,
  author: (i) => i.author,
  summary: (i) => i.summary ?? i.contentHtml,
  'summary_detail.value': (i) => i.summary ?? i.contentHtml,
  description: (i) => i.summary,
  published: (i) => i.publishedAt,
  'content.0.value': (i) => i.contentHtml,
};

/** A Python string literal ('...' or "..." with the usual escapes) to its value. */
function pyString(literal: string): string | null {
  const m = /^u?(['"])([\s\S]*)\1$/.exec(literal.trim());
  if (!m?.[2] && m?.[2] !== '') return null;
  return m[2].replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|n|t|r|\\|'|")/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U' || e[0] === 'x') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? e;
  });
}

/** `feed['a']['b']`, `feed.a`, `entries[0]['content'][0]['value']` -> ['feed', 'a.b'] or ['entries', 0, 'content.0.value']. */
function parsePath(path: string): { root: 'feed' | 'entries'; index: number; key: string } | null {
  const m = /^(feed|entries\[(\d+)\])((?:\[(?:'[^']*'|"[^"]*"|\d+)\]|\.\w+)+)$/.exec(path.trim());
  if (!m?.[3]) return null;
  const parts = [...m[3].matchAll(/\[(?:'([^']*)'|"([^"]*)"|(\d+))\]|\.(\w+)/g)].map((p) => p[1] ?? p[2] ?? p[3] ?? p[4] ?? '');
  return { root: m[1] === 'feed' ? 'feed' : 'entries', index: Number(m[2] ?? 0), key: parts.join('.') };
}

function splitAnd(expr: string): string[] {
  // Split on top-level " and " outside quotes and brackets.
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && expr.startsWith(' and ', i)) {
      parts.push(expr.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(expr.slice(start));
  return parts.map((p) => p.trim().replace(/^\((.*)\)$/, '$1').trim());
}

/** One conjunct to a check, or a reason it is not covered. */
function translateTerm(term: string): { check: Check | null; reason: string | null; form: string } {
  if (term === 'not bozo') return { check: (f) => f !== null && !f.recovered, reason: null, form: 'bozo flag' };
  if (term === 'bozo') return { check: (f) => f === null || f.recovered, reason: null, form: 'bozo flag' };
  const len = /^len\(entries\)\s*==\s*(\d+)$/.exec(term);
  if (len) return { check: (f) => f !== null && f.items.length === Number(len[1]), reason: null, form: 'len(entries) == N' };
  const enc = /^encoding\s*==\s*(.+)$/.exec(term);
  if (enc?.[1]) {
    const want = pyString(enc[1]);
    if (want === null) return { check: null, reason: 'unparsed literal', form: 'encoding' };
    return { check: (_f, got) => got !== null && sameEncoding(got, want), reason: null, form: 'encoding == S' };
  }
  const eq = /^(.+?)\s*==\s*(.+)$/.exec(term);
  if (!eq?.[1] || !eq[2]) return { check: null, reason: 'not an equality', form: 'other' };
  const path = parsePath(eq[1]);
  if (!path) return { check: null, reason: 'path outside feed/entries', form: 'other' };
  const value = pyString(eq[2]);
  if (value === null) return { check: null, reason: 'non-string value (tuples, dicts, numbers)', form: `${path.root} non-string` };
  const getter = path.root === 'feed' ? FEED_KEYS[path.key] : ENTRY_KEYS[path.key];
  if (!getter) return { check: null, reason: `key ${path.key} not kept by our model`, form: `${path.root}[${path.key}]` };
  const form = `${path.root}[${path.key}] == S`;
  if (path.root === 'feed') return { check: (f) => f !== null && getter(f as never) === value, reason: null, form };
  return { check: (f) => { const item = f?.items[path.index]; return item !== undefined && getter(item as never) === value; }, reason: null, form };
}

export function translateExpectation(expr: string): Translation {
  const terms = splitAnd(expr.trim());
  const checks: Check[] = [];
  const forms: string[] = [];
  for (const term of terms) {
    const t = translateTerm(term);
    if (!t.check) return { check: null, reason: t.reason, form: t.form };
    checks.push(t.check);
    if (t.form !== 'bozo flag') forms.push(t.form);
  }
  return { check: (f, e) => checks.every((c) => c(f, e)), reason: null, form: forms[0] ?? 'bozo flag' };
}

function sameEncoding(got: string, want: string): boolean {
  const norm = (e: string) => {
    const x = e.toLowerCase().replace(/_/g, '-');
    if (['iso-8859-1', 'latin-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252'].includes(x)) return 'windows-1252';
    if (x === 'utf8') return 'utf-8';
    return x;
  };
  return norm(got) === norm(want);
}
