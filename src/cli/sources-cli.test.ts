// `babelwire sources ...` and `babelwire run --once` as a user runs them, against a local HTTP server (loopback allowed for the test).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../domain/index.js';
import type { FixtureServer } from '../fetch/testing/start-fixture-server.js';
import { serve, startFixtureServer } from '../fetch/testing/start-fixture-server.js';

const bin = resolve(import.meta.dirname, '../../bin/babelwire.js');
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_')));
let dir: string;
let server: FixtureServer;
let env: Record<string, string>;

/** Async, so the fixture server in this process keeps answering while the command runs. */
function run(args: string[], extraEnv: Record<string, string> = env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...cleanEnv, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const article = (title: string, body: string) =>
  `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-sources-cli-'));
  server = await startFixtureServer();
  env = { BABELWIRE_DB: join(dir, 'cli.db'), BABELWIRE_FETCH_ALLOW_PRIVATE: 'true', BABELWIRE_FETCH_HOST_DELAY_MS: '0', BABELWIRE_TRANSLATE_TO: 'none', BABELWIRE_LANGUAGE_ENGINE: 'eld' };
  const o = server.origin;
  server.route('/feed.json', serve(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Gazzetta del Porto',
    language: 'it',
    items: [{ id: 'p1', url: `${o}/p1`, title: 'Il porto di Genova riapre dopo la mareggiata', summary: 'Riapre il porto.', date_published: '2026-11-23T06:00:00+01:00' }],
  }), { 'content-type': 'application/feed+json' }));
  server.route('/p1', serve(article('Il porto di Genova riapre dopo la mareggiata', '<p>Il porto di Genova ha riaperto martedì mattina dopo la mareggiata che aveva danneggiato due banchine e bloccato il traffico delle navi per tre giorni.</p><p>Secondo l\'autorità portuale, i lavori di riparazione costeranno circa dieci milioni di euro e dureranno fino alla primavera.</p><p>I lavoratori del porto hanno chiesto al governo un piano per proteggere le strutture dalle tempeste sempre più frequenti.</p>'), { 'content-type': 'text/html; charset=utf-8' }));
  server.route('/dead.xml', serve('<html><body>404</body></html>', { 'content-type': 'text/html' }, 404));
}, 30_000);

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('babelwire sources and run', () => {
  it('refuses a loopback URL unless the setting allows it', async () => {
    const refused = await run(['sources', 'add', server.url('/feed.json')], { ...env, BABELWIRE_FETCH_ALLOW_PRIVATE: 'false' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refused to connect to private or reserved address 127\.0\.0\.1/);
  }, 60_000);

  it('adds, lists, fetches once, exports and imports, removes', async () => {
    const added = await run(['sources', 'add', server.url('/feed.json'), '--section', 'Italia', '--interval', '15']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Added src-[0-9a-f]{12}: http:\/\/127\.0\.0\.1:\d+\/feed\.json \(json feed, "Gazzetta del Porto"\)/);
    const dead = await run(['sources', 'add', server.url('/dead.xml')]);
    expect(dead.code).toBe(2);
    expect(dead.stderr).toMatch(/sources: cannot add the source: fetch: HTTP 404 Not Found/);

    const once = await run(['run', '--once', '--no-cluster']);
    expect(once.stderr).toBe('');
    expect(once.code).toBe(0);
    expect(once.stdout).toMatch(/1 new items, 1 stored/);
    expect(once.stdout).toMatch(/Fetched 1 sources: 1 articles stored/);

    const listed = await run(['sources', 'list', '--json']);
    const [source] = JSON.parse(listed.stdout) as Source[];
    expect(source).toMatchObject({ kind: 'feed', name: 'Gazzetta del Porto', language: 'it', section: 'Italia', intervalMinutes: 15, articleCount: 1, lastError: null, consecutiveFailures: 0 });
    const text = await run(['sources', 'list']);
    expect(text.stdout).toMatch(/ok {2}Gazzetta del Porto \[Italia\] \(it\)/);

    const out = join(dir, 'out.opml');
    expect((await run(['sources', 'export', '--out', out])).code).toBe(0);
    const opml = await readFile(out, 'utf8');
    expect(opml).toContain(`xmlUrl="${server.url('/feed.json')}"`);
    expect(opml).toContain('text="Italia"');

    expect((await run(['sources', 'remove', source!.id])).stdout).toBe(`Removed ${source!.id}.\n`);
    const imported = await run(['sources', 'import', out]);
    expect(imported.stdout).toMatch(/Imported 1 sources from .*: 1 new, 0 already followed, 0 failed/);
    const after = JSON.parse((await run(['sources', 'list', '--json'])).stdout) as Source[];
    expect(after.map((s) => [s.url, s.section, s.name])).toEqual([[server.url('/feed.json'), 'Italia', 'Gazzetta del Porto']]);
    await writeFile(join(dir, 'bad.opml'), 'not xml at all');
    expect((await run(['sources', 'import', join(dir, 'bad.opml')])).stderr).toMatch(/sources: not an OPML file/);
  }, 400_000);
});
