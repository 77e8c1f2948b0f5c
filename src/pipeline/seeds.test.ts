// The acceptance check on the real seeds: May and December articles form separate stories.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import type { Services } from './open-services.js';
import { openServices } from './open-services.js';
import { ingestPaths } from './ingest-paths.js';

const seeds = resolve(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(seeds);
if (!present) console.warn(`seeds test skipped: ${seeds} is absent (it lives outside the repository)`);

let dir: string;
let services: Services;

describe.skipIf(!present)('clustering the five seeds', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'babelwire-seeds-'));
    services = await openServices(loadConfig({}, { database: join(dir, 'seeds.db') }));
  });
  afterAll(async () => {
    await services?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts 000 with 001 (May, Reykjavik) and 003 with 004 (December call), never May with December', async () => {
    const summary = await ingestPaths([seeds], services, { maxFileBytes: 5_000_000, cluster: services.clusterSettings });
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(5);
    const articles = await services.store.listArticles({ limit: 10 });
    const storyOf = (prefix: string): string => {
      const article = articles.find((a) => a.ref.split('/').pop()?.startsWith(prefix));
      if (!article?.storyId) throw new Error(`seed ${prefix} was not clustered`);
      return article.storyId;
    };
    expect(storyOf('000')).toBe(storyOf('001'));
    expect(storyOf('003')).toBe(storyOf('004'));
    expect(storyOf('000')).not.toBe(storyOf('003'));
    // 002 (December) may join the December story or stay alone, never the May one.
    expect(storyOf('002')).not.toBe(storyOf('000'));
    expect(articles.map((a) => a.language).sort()).toEqual(['en', 'en', 'en', 'fr', 'fr']);
  });
});
