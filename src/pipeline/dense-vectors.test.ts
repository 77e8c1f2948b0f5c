// The dense signal through the real pipeline (SQLite, clustering): vectors embedded once and stored, centroids on profiles, reasons naming it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClusterSettings } from '../cluster/index.js';
import { loadConfig } from '../config/index.js';
import { FakeEmbedder } from '../embed/index.js';
import { ingestPaths, pivotTermsFrom } from './ingest-paths.js';
import { openServices, type Services } from './open-services.js';
import { reclusterArticles } from './recluster.js';

const first = `Blinken and Lavrov meet in Reykjavik before the summit

2021-05-19T20:00:00Z

Antony Blinken and Sergei Lavrov met in Reykjavik on Wednesday evening ahead of a summit between Joe Biden and Vladimir Putin. The two ministers spoke of Ukraine and the Arctic.`;

const second = `Lavrov and Blinken hold talks in Reykjavik

2021-05-20T07:00:00Z

Sergei Lavrov and Antony Blinken held talks in Reykjavik, their first meeting, as Joe Biden and Vladimir Putin prepare a summit. Ukraine and the Arctic were on the table.`;

let dir: string;
let services: Services;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'babelwire-dense-'));
  await writeFile(join(dir, 'a.txt'), first);
  await writeFile(join(dir, 'b.txt'), second);
  services = await openServices(loadConfig({}, { database: join(dir, 'test.db') }));
});

afterEach(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dense signal in the pipeline', () => {
  it('is off by default: no embedder, no vectors, weight 0', async () => {
    expect(services.dense).toBeNull();
    expect(services.clusterSettings.weights.dense).toBe(0);
    const on = await openServices(loadConfig({ BABELWIRE_CLUSTER_DENSE: 'on' }, { database: join(dir, 'on.db') }));
    try {
      expect(on.dense?.embedder.name).toBe('use-lite');
      expect(on.clusterSettings.weights.dense).toBeGreaterThan(0);
    } finally {
      await on.close();
    }
  });

  it('embeds each article once, stores the vector, keeps the centroid, and shows the signal in the reason', async () => {
    const embedder = new FakeEmbedder(32);
    services.dense = { embedder, maxWords: 12 };
    const settings = makeClusterSettings({ weights: { dense: 0.5 } });
    await ingestPaths([dir], services, { maxFileBytes: 100_000, cluster: settings });
    const articles = await services.store.listArticles({ limit: 10 });
    expect(articles).toHaveLength(2);
    const storyId = articles[0]?.storyId ?? '';
    expect(articles[1]?.storyId).toBe(storyId);
    // Title first, cut to 12 words, one text per article (the date line is metadata, not text).
    expect(embedder.calls.flat().sort()).toEqual([
      'Blinken and Lavrov meet in Reykjavik before the summit Antony Blinken and',
      'Lavrov and Blinken hold talks in Reykjavik Sergei Lavrov and Antony Blinken',
    ]);
    const vectors = await services.store.getArticleVectors(articles.map((a) => a.id), 'fake-32');
    expect(vectors.size).toBe(2);
    const profile = await services.store.getStoryProfile(storyId);
    expect(profile?.dense?.count).toBe(2);
    expect(profile?.dense?.centroid).toHaveLength(32);
    const members = await services.store.listStoryMembers(storyId);
    const joined = members.find((m) => !m.reason.founder);
    expect(joined?.reason.signals.dense).toBeGreaterThan(0);

    // Re-clustering reads the stored vectors back: the embedder is not called again.
    const calls = embedder.calls.length;
    await reclusterArticles(services.store, settings, { pivot: pivotTermsFrom(services) });
    expect(embedder.calls.length).toBe(calls);
    expect((await services.store.getStoryProfile((await services.store.listArticles({ limit: 1 }))[0]?.storyId ?? ''))?.dense?.count).toBe(2);
  });
});
