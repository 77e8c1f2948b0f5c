// Feed robustness on feedparser's corpus: files parsed without an exception, translated expectations met, feeds parsed per second.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BabelwireError } from '../src/domain/index.js';
import type { ParsedFeed } from '../src/sources/index.js';
import { decodeText, parseFeedText } from '../src/sources/index.js';
import { translateExpectation } from './lib-feed-expectations.js';
import { printTable, requireShared } from './lib-shared.js';

const root = requireShared('bench', 'feeds', 'feedparser', 'tests');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Case {
  path: string;
  folder: string;
  bytes: Buffer;
  expect: string | null;
  skip: boolean;
  charset: string | null;
}

function readCase(path: string): Case {
  const bytes = readFileSync(path);
  // The comment may be in UTF-16/32 or behind a BOM: decode to read it (the parser gets the bytes decoded the same way).
  let head: string;
  try {
    head = decodeText(bytes.subarray(0, 4096), path).text;
  } catch {
    head = bytes.subarray(0, 4096).toString('latin1');
  }
  const expect = /Expect:\s*(.+?)\s*(?:-->|\n|$)/.exec(head)?.[1] ?? null;
  const contentType = /Header:\s*Content-type:\s*(.+)/i.exec(head)?.[1] ?? null;
  const charset = contentType ? (/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null) : null;
  const rel = relative(root, path);
  return { path, folder: rel.split('/').slice(0, 2).join('/').replace(/\/[^/]*\.\w+$/, ''), bytes, expect, skip: /SkipUnless:/.test(head), charset };
}

const files = walk(root).filter((p) => /\.(xml|json|rdf|atom|rss)$/i.test(p));
const cases = files.map(readCase);

let exceptions = 0;
let rejected = 0;
const exceptionSamples: string[] = [];
const perFolder = new Map<string, { files: number; met: number; total: number; exceptions: number }>();
const forms = new Map<string, { met: number; total: number }>();
const uncovered = new Map<string, number>();

const started = performance.now();
const results: { c: Case; feed: ParsedFeed | null; encoding: string | null }[] = [];
for (const c of cases) {
  let feed: ParsedFeed | null = null;
  let encoding: string | null = null;
  try {
    const decoded = decodeText(c.bytes, c.path, c.charset);
    encoding = decoded.encoding;
    feed = parseFeedText(decoded.text, `https://feedparser.test/${relative(root, c.path)}`);
  } catch (error) {
    // A clean "not a feed" error is the designed outcome for hopeless input; anything else is a crash.
    if (error instanceof BabelwireError) rejected++;
    else {
      exceptions++;
      if (exceptionSamples.length < 5) exceptionSamples.push(`${relative(root, c.path)}: ${(error as Error).message}`);
    }
    if (!(error instanceof BabelwireError)) {
      const row = perFolder.get(c.folder) ?? { files: 0, met: 0, total: 0, exceptions: 0 };
      row.exceptions++;
      perFolder.set(c.folder, row);
    }
  }
  results.push({ c, feed, encoding });
}
const seconds = (performance.now() - started) / 1000;

for (const { c, feed, encoding } of results) {
  const row = perFolder.get(c.folder) ?? { files: 0, met: 0, total: 0, exceptions: 0 };
  row.files++;
  perFolder.set(c.folder, row);
  if (!c.expect || c.skip) continue;
  const t = translateExpectation(c.expect);
  if (!t.check) {
    uncovered.set(t.reason ?? 'other', (uncovered.get(t.reason ?? 'other') ?? 0) + 1);
    continue;
  }
  const ok = t.check(feed, encoding);
  row.total++;
  if (ok) row.met++;
  const form = forms.get(t.form) ?? { met: 0, total: 0 };
  form.total++;
  if (ok) form.met++;
  forms.set(t.form, form);
}

const expectationsTotal = [...perFolder.values()].reduce((n, r) => n + r.total, 0);
const expectationsMet = [...perFolder.values()].reduce((n, r) => n + r.met, 0);
const withExpect = cases.filter((c) => c.expect && !c.skip).length;

console.log(`Feed robustness: ${cases.length} files under ${root}\n`);
printTable([...perFolder.entries()].sort().map(([folder, r]) => ({ folder, files: r.files, exceptions: r.exceptions, translated: r.total, met: r.met, share: r.total ? r.met / r.total : 0 })));
console.log('\nExpectation forms translated:');
printTable([...forms.entries()].sort((a, b) => b[1].total - a[1].total).map(([form, r]) => ({ form, total: r.total, met: r.met, share: r.met / r.total })));
console.log(`\nNot translated (${withExpect - expectationsTotal} of ${withExpect} expectations; SkipUnless cases left out):`);
printTable([...uncovered.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([reason, n]) => ({ reason, expectations: n })));
if (exceptionSamples.length) console.log(`\nExceptions (first ${exceptionSamples.length}):\n  ${exceptionSamples.join('\n  ')}`);
console.log(`\n${cases.length} files: ${exceptions} exceptions, ${rejected} rejected with a clear "not a feed" error; ${expectationsMet}/${expectationsTotal} translated expectations met; ${(cases.length / seconds).toFixed(0)} feeds/s (decode + parse)`);
console.log(JSON.stringify({ files: cases.length, exceptions, rejected, expectations_met: expectationsMet, expectations_total: expectationsTotal, expectations_in_corpus: withExpect, feeds_per_s: Math.round(cases.length / seconds) }));
