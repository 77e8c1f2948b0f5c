// `babelwire storylines`, `storyline <id>` and `show` naming the storyline, as a user runs them: real process, real SQLite file.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStory } from '../store/contract/fixtures.js';
import { openStore } from '../store/index.js';

const bin = resolve(import.meta.dirname, '../../bin/babelwire.js');
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BABELWIRE_')));
let dir: string;
let db: string;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', env: cleanEnv, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-storylines-cli-'));
  db = join(dir, 'cli.db');
  const store = await openStore({ database: db });
  for (const [id, title, first] of [
    ['s-may', 'Blinken and Lavrov meet in Reykjavik', '2021-05-20T10:00:00Z'],
    ['s-dec', 'Biden and Putin hold a video call', '2021-12-07T18:00:00Z'],
  ] as const) {
    const { story, profile } = makeStory(id, { title, first });
    await store.saveStory(story, profile);
  }
  await store.replaceStorylines(
    [
      {
        id: 'l_cli',
        title: 'Joe Biden · Vladimir Putin',
        entities: [{ id: 'person:vladimir-putin', kind: 'person', name: 'Vladimir Putin', articles: 3 }],
        storyCount: 2,
        firstPublishedAt: '2021-05-20T10:00:00Z',
        lastPublishedAt: '2021-12-07T18:00:00Z',
        members: [
          { storyId: 's-may', link: { linkedTo: null, score: 1, sharedEntities: [], sharedTerms: [], gapDays: null } },
          { storyId: 's-dec', link: { linkedTo: 's-may', score: 0.51, sharedEntities: ['person:vladimir-putin'], sharedTerms: ['summit'], gapDays: 201.3 } },
        ],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    [],
  );
  await store.close();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('storyline commands', () => {
  it('lists storylines, shows one with why each story is linked, names it from show, and exits 3 for an unknown one', () => {
    const list = run(['storylines']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('l_cli  Joe Biden · Vladimir Putin');
    expect(list.stdout).toContain('2 stories · 2021-05-20 – 2021-12-07');

    const one = run(['storyline', 'l_cli']);
    expect(one.code).toBe(0);
    expect(one.stdout.indexOf('Blinken and Lavrov')).toBeLessThan(one.stdout.indexOf('Biden and Putin hold'));
    expect(one.stdout).toContain('linked to s-may (score 0.51, 201.3 days later): shares Vladimir Putin; terms: summit');

    const show = run(['show', 's-dec']);
    expect(show.stdout).toContain('Storyline: Joe Biden · Vladimir Putin (2 stories; babelwire storyline l_cli)');

    const missing = run(['storyline', 'l_nope']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no such storyline.*l_nope/);
  });
});
