// `babelwire extract` as a user runs it: a real process on files, and on a URL served from 127.0.0.1 in latin-1.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../../bin/babelwire.js');
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_')));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: cleanEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const page = (title: string, lang: string, paragraphs: string[]): string => `<!DOCTYPE html><html lang="${lang}"><head>
<title>${title} | Der Kurier</title>
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-03-04T07:30:00+01:00">
<meta property="og:site_name" content="Der Kurier">
</head><body><nav><a href="/">Start</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1><div class="share-buttons"><a>Teilen</a><a>Twittern</a></div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newsletter-box"><p>Jetzt den Newsletter abonnieren und nichts verpassen!</p></div>
</article><footer><p>Impressum</p></footer></body></html>`;

const german = page('Straßenbahn fährt wieder über die Brücke', 'de', [
  'Nach acht Monaten Bauzeit fährt die Straßenbahn seit Montag wieder über die sanierte Brücke am Hauptbahnhof.',
  'Die Verkehrsbetriebe kündigten an, den Takt in den Hauptverkehrszeiten ab April auf fünf Minuten zu verdichten.',
]);

let dir: string;
let server: Server;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-extract-'));
  await writeFile(join(dir, 'tram.html'), german);
  server = createServer((request, response) => {
    if (request.url === '/latin1') {
      response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      response.end(Buffer.from(german.replace('<head>', '<head><meta charset="iso-8859-1">'), 'latin1'));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not here');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => server.close(closed));
  await rm(dir, { recursive: true, force: true });
});

describe('babelwire extract', () => {
  it('prints title, metadata and clean text of a file, without the chrome', async () => {
    const { code, stdout } = await run(['extract', join(dir, 'tram.html')]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Straßenbahn fährt wieder über die Brücke');
    expect(stdout).toContain('source: Der Kurier');
    expect(stdout).toContain('published: 2026-03-04T06:30:00.000Z');
    expect(stdout).toContain('Nach acht Monaten Bauzeit');
    for (const chrome of ['Teilen', 'Newsletter', 'Impressum', 'Sport']) expect(stdout).not.toContain(chrome);
  });

  it('prints one JSON object per line, decodes a latin-1 page from a URL, and goes on past a failing input', async () => {
    const { code, stdout, stderr } = await run(['extract', '--json', `${base}/latin1`, `${base}/missing`, join(dir, 'tram.html')]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { title: string; text: string; url: string });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.title).toBe('Straßenbahn fährt wieder über die Brücke');
    expect(lines[0]?.text).toContain('fünf Minuten');
    expect(lines[0]?.url).toBe(`${base}/latin1`);
    expect(stderr).toContain(`fetch: HTTP 404 (${base}/missing)`);
  });
});
