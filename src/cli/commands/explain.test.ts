// `babelwire explain` as a user runs it: two demo articles about one flood, one about another event, on a real SQLite file.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';

const bin = resolve(import.meta.dirname, '../../../bin/babelwire.js');
const demo = resolve(import.meta.dirname, '../../../examples/demo');
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_')));
let dir: string;
let db: string;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', env: { ...cleanEnv, BABELWIRE_TRANSLATE_TO: 'none' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-explain-'));
  db = join(dir, 'explain.db');
  await mkdir(join(dir, 'in'));
  for (const file of ['der-tagesanker/hochwasser-koeln-scheitel-erreicht.txt', 'echo-des-quais/crue-rhin-cologne.txt', 'echo-des-quais/greve-sncf-reconduite.txt']) {
    await copyFile(join(demo, file), join(dir, 'in', file.replace('/', '-')));
  }
  expect(run(['ingest', join(dir, 'in')]).code).toBe(0);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('babelwire explain', () => {
  it('breaks the similarity down by signal, scores the two flood reports above a flood report and the strike', async () => {
    const store = await openStore({ database: db });
    const articles = await store.listArticles({ limit: 10 });
    await store.close();
    const flood = articles.filter((a) => /Köln|Cologne|Rhin/i.test(a.title)).map((a) => a.id);
    const strike = articles.find((a) => !flood.includes(a.id))?.id;
    expect(flood.length).toBe(2);
    expect(strike).toBeDefined();

    const same = run(['explain', flood[0] as string, flood[1] as string, '--json']);
    expect(same.code).toBe(0);
    const e = JSON.parse(same.stdout) as { sameStory: boolean; reason: { score: number; signals: Record<string, number> }; values: Record<string, number> };
    const sum = Object.values(e.reason.signals).reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(e.reason.score, 2);
    expect(Object.values(e.values).some((v) => v > 0)).toBe(true);

    const otherJson = JSON.parse(run(['explain', flood[0] as string, strike as string, '--json']).stdout) as { sameStory: boolean; reason: { score: number } };
    expect(otherJson.sameStory).toBe(false);
    expect(e.reason.score).toBeGreaterThan(otherJson.reason.score);
    const other = run(['explain', flood[0] as string, strike as string]);
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/^entities\s/m);
    expect(other.stdout).toMatch(/verdict: different stories/);
  });

  it('names the missing article and exits non-zero', () => {
    const r = run(['explain', 'a_missing', 'a_missing2']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/a_missing/);
  });
});
