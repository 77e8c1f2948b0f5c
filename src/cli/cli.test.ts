// End-to-end tests of the `babelwire` command as a user runs it: real process, real SQLite file, exit codes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/babelwire.js');
let dir: string;
let db: string;
let articleId = '';
const hasApertium = existsSync('/usr/share/apertium/modes/fra-cat.mode') && existsSync('/usr/share/apertium/modes/cat-eng.mode');
// The user's own BABELWIRE_* settings must not leak into the tests.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_')));

function run(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...cleanEnv, ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const article = `Genève accueille le sommet sur l'énergie

12 octobre 2026

Les ministres de l'énergie de vingt pays européens se sont retrouvés lundi à Genève pour discuter du stockage de l'électricité pendant l'hiver.

La présidente suisse a ouvert les travaux en appelant à une meilleure coordination des réseaux entre la France, l'Allemagne et l'Italie.

Lire aussi : Les prix du gaz en baisse

Source : AFP`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-cli-'));
  db = join(dir, 'cli.db');
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'summit.txt'), article);
  await writeFile(join(dir, 'in', 'empty.txt'), '');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Every command is a fresh Node process that loads the whole program: several of them per case take long on a busy machine.
describe('babelwire CLI', { timeout: 240_000 }, () => {
  it('ingests, reports the bad file by name, and exits 1 when something failed', () => {
    const r = run(['ingest', join(dir, 'in'), '--db', db]);
    expect(r.stdout).toMatch(/Ingested 1 new article from 2 files/);
    expect(r.stdout).toMatch(/empty\.txt/);
    expect(r.code).toBe(1);
  });

  it('re-ingesting the good file is idempotent and exits 0', () => {
    const r = run(['ingest', join(dir, 'in', 'summit.txt'), '--db', db]);
    expect(r.stdout).toMatch(/Ingested 0 new articles from 1 file .*\(1 already stored, 0 failed\)/);
    expect(r.code).toBe(0);
  });

  it('lists stories as JSON and shows one story', () => {
    const list = run(['stories', '--json', '--db', db]);
    expect(list.code).toBe(0);
    const stories = JSON.parse(list.stdout) as { id: string; articles: { id: string; language: string; title: string; ref: string }[] }[];
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story?.articles[0]?.language).toBe('fr');
    expect(story?.articles[0]?.title).toBe("Genève accueille le sommet sur l'énergie");
    expect(story?.articles[0]?.ref).toMatch(/summit\.txt$/);
    articleId = story?.articles[0]?.id ?? '';
    const show = run(['show', story?.id ?? '', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/Genève accueille le sommet/);
    expect(show.stdout).toMatch(/started this story/);
  });

  it('translates one article on demand, and refuses a language that is not a reader language', () => {
    const r = run(['translate', articleId, '--to', 'en', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as { title: string; text: string; provider: string; quality: string; path: string[] };
    if (hasApertium) {
      expect(t).toMatchObject({ provider: 'apertium', quality: 'machine' });
      expect(t.path).toEqual(['fr', 'ca', 'en']);
      expect(t.title).toMatch(/summit/);
      expect(t.title).toMatch(/Geneva|Genève/);
      expect(t.text.split('\n\n')).toHaveLength(2);
    } else {
      expect(['gloss', 'original']).toContain(t.quality);
    }
    const bad = run(['translate', articleId, '--to', 'de', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--to must be one of en, fr/);
    const queue = run(['translate', '--pending', '--db', db]);
    expect(queue.code).toBe(0);
    expect(queue.stdout).toMatch(/^Translated 0 articles/);
  });

  it('stores without clustering on request, and clusters the queue later', () => {
    const other = join(dir, 'later.db');
    const ingest = run(['ingest', join(dir, 'in', 'summit.txt'), '--no-cluster', '--no-translate', '--db', other]);
    expect(ingest.code).toBe(0);
    expect(JSON.parse(run(['stories', '--json', '--db', other]).stdout)).toEqual([]);
    const cluster = run(['cluster', '--db', other]);
    expect(cluster.code).toBe(0);
    expect(cluster.stdout).toMatch(/^Clustered 1 articles: 1 new stories, 0 failed\./);
    expect(JSON.parse(run(['stories', '--json', '--db', other]).stdout)).toHaveLength(1);
  });

  it('exits 3 with a message for an unknown story, and 2 for bad configuration', () => {
    const missing = run(['show', 's_nope', '--db', db]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no such story.*s_nope/);
    const bad = run(['stats', '--db', db], { BABELWIRE_PAGE_SIZE: 'lots' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/BABELWIRE_PAGE_SIZE/);
  });

  it('serves the site and the API from the database until stopped', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], { env: cleanEnv });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match?.[1]) resolveUrl(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited early with ${String(code)}: ${out}`)));
      });
      const api = (await (await fetch(`${url}/api/stories`)).json()) as { stories: { title: string }[] };
      expect(api.stories[0]?.title).toBe("Genève accueille le sommet sur l'énergie");
      const home = await fetch(url);
      expect(home.status).toBe(200);
      if (hasApertium) expect(await home.text()).toContain('Translated from French');
      const page = await fetch(`${url}/articles/${articleId}?view=both`);
      const html = await page.text();
      expect(html).toContain('Genève accueille le sommet');
      if (hasApertium) expect(html).toContain('Translated automatically from French by Apertium');
    } finally {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
