// `npm run bench -- demo`: the bundled demo corpus (examples/demo, 54 articles, 6 languages, 9 events) through the
// pipeline, scored against examples/demo-gold.json. Needs nothing outside the repository. `-- --fitted` clusters with the fitted settings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fittedClusterSettings } from '../src/cluster/index.js';
import { loadConfig } from '../src/config/index.js';
import { ingestPaths, openServices } from '../src/pipeline/index.js';
import { defaultStorylineSettings, scoreStorylineLink, type StorylineStory } from '../src/cluster/index.js';
import type { Store } from '../src/store/index.js';
import { bcubed, pairwise } from './lib-cluster-metrics.js';
import { printTable, repoRoot } from './lib-shared.js';

const demo = join(repoRoot, 'examples', 'demo');
const gold = JSON.parse(readFileSync(join(repoRoot, 'examples', 'demo-gold.json'), 'utf8')) as { events: { id: string; members: string[] }[] };
const goldOf = new Map(gold.events.flatMap((e) => e.members.map((m) => [m, e.id] as const)));

const work = mkdtempSync(join(tmpdir(), 'bw-bench-demo-'));
try {
  const services = await openServices(loadConfig({ ...process.env, BABELWIRE_DB: join(work, 'demo.db') }));
  const fitted = process.argv.includes('--fitted');
  const cluster = fitted ? { ...fittedClusterSettings, readerLanguage: services.clusterSettings.readerLanguage } : services.clusterSettings;
  const summary = await ingestPaths([demo], services, { maxFileBytes: 5_000_000, cluster });
  const articles = await services.store.listArticles({ limit: 1000 });
  const storylines = await services.store.listStorylines({});
  const closest = await closestStoryPair(services.store);
  await services.close();

  const predicted = new Map(articles.map((a) => [a.ref.slice(demo.length + 1), a.storyId ?? a.id]));
  const unknown = [...predicted.keys()].filter((k) => !goldOf.has(k));
  if (unknown.length > 0) throw new Error(`bench: articles missing from demo-gold.json: ${unknown.join(', ')}`);
  const singletons = new Map([...goldOf.keys()].map((k) => [k, k]));
  const byDay = new Map(articles.map((a) => [a.ref.slice(demo.length + 1), (a.publishedAt ?? a.ingestedAt).slice(0, 10)]));

  console.log(`clustering settings: ${fitted ? 'fitted' : 'default'}`);
  console.log(`demo corpus: ${summary.ingested} articles, ${summary.failed.length} failed, ${summary.newStories} stories for ${gold.events.length} events\n`);
  const rows = [
    ['babelwire', predicted],
    ['baseline: every article alone', singletons],
    ['baseline: one story per publication day', byDay],
  ] as const;
  printTable(
    rows.map(([system, clusters]) => {
      const b = bcubed(clusters, goldOf);
      const p = pairwise(clusters, goldOf);
      return { system, 'B3 P': b.precision, 'B3 R': b.recall, 'B3 F1': b.f1, 'pair P': p.precision, 'pair R': p.recall, 'pair F1': p.f1 };
    }),
  );
  // The demo's nine events are unrelated: a storyline joining stories of two different events is a false link.
  const eventsOfStory = new Map<string, Set<string>>();
  for (const a of articles) {
    if (!a.storyId) continue;
    const events = eventsOfStory.get(a.storyId) ?? new Set<string>();
    events.add(goldOf.get(a.ref.slice(demo.length + 1)) ?? '?');
    eventsOfStory.set(a.storyId, events);
  }
  const acrossEvents = storylines.filter((s) => new Set(s.members.flatMap((m) => [...(eventsOfStory.get(m.storyId) ?? [])])).size > 1);
  console.log(`\nstorylines: ${storylines.length} (${acrossEvents.length} joining different events; expected 0: the demo's events are unrelated)`);
  for (const s of storylines) console.log(`  ${s.id} ${s.title}: ${s.members.map((m) => m.storyId).join(', ')}`);
  if (closest) {
    console.log(`closest pair of demo stories: score ${closest.score} (links at ${defaultStorylineSettings.minScore}), ${closest.shared} shared core entities: ${closest.titles}`);
  }
  const b = bcubed(predicted, goldOf);
  console.log(
    JSON.stringify({
      bench: 'demo',
      settings: fitted ? 'fitted' : 'default',
      articles: summary.ingested,
      stories: summary.newStories,
      events: gold.events.length,
      demo_bcubed_precision: Number(b.precision.toFixed(4)),
      demo_bcubed_recall: Number(b.recall.toFixed(4)),
      demo_bcubed_f1: Number(b.f1.toFixed(4)),
      demo_storylines: storylines.length,
      demo_storylines_across_events: acrossEvents.length,
      demo_closest_storyline_score: closest?.score ?? null,
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The highest storyline score between two stored stories (IDF over the stored stories): how far the demo stays from a false link. */
async function closestStoryPair(store: Store): Promise<{ score: number; shared: number; titles: string } | null> {
  const stories = await store.listStories({});
  const loaded: (StorylineStory & { title: string })[] = [];
  for (const story of stories) {
    const profile = await store.getStoryProfile(story.id);
    if (profile) loaded.push({ id: story.id, title: story.title, firstPublishedAt: story.firstPublishedAt, lastPublishedAt: story.lastPublishedAt, keys: profile.keys, entities: story.entities });
  }
  const frequencies = await store.keyFrequencies([...new Set(loaded.flatMap((s) => Object.keys(s.keys)))]);
  const idf = (key: string) => Math.log(1 + frequencies.stories / (1 + (frequencies.counts[key] ?? 0)));
  let best: { score: number; shared: number; titles: string } | null = null;
  for (const [i, a] of loaded.entries()) {
    for (const b of loaded.slice(i + 1)) {
      const link = scoreStorylineLink(a, b, idf, defaultStorylineSettings);
      if (!best || link.score > best.score) best = { score: link.score, shared: link.sharedEntities.length, titles: `${a.title} / ${b.title}` };
    }
  }
  return best;
}
