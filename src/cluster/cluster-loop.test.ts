// Runs hand-made May and December articles through the clustering loop in several orders.
import { describe, expect, it } from 'vitest';
import type { Article } from '../domain/index.js';
import { listGroups, runClusterLoop } from './__fixtures__/cluster-harness.js';
import { decemberAnnouncement, decemberCall, decemberFrench, mayEnglish, mayFrench, summitArticles } from './__fixtures__/summit-articles.js';
import { defaultClusterSettings, makeClusterSettings } from './index.js';

const settings = makeClusterSettings();

/** Deterministic shuffle (a small linear congruential generator), so a failure can be replayed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function checkSummitGroups(groups: string[][]): void {
  const may = ['may-en', 'may-fr'];
  const december = ['dec-announce', 'dec-call'];
  expect(groups).toContainEqual(may);
  const decemberGroup = groups.find((g) => g.includes('dec-call'));
  expect(decemberGroup).toBeDefined();
  // The French December piece may join the call or stay alone; nothing else is allowed.
  expect([december, ['dec-announce', 'dec-call', 'dec-fr']]).toContainEqual(decemberGroup);
  for (const group of groups) {
    const hasMay = group.some((id) => id.startsWith('may-'));
    const hasDecember = group.some((id) => id.startsWith('dec-'));
    expect(hasMay && hasDecember, `mixed group ${group.join(', ')}`).toBe(false);
  }
}

describe('clustering loop on May and December summit articles', () => {
  it('groups the May meeting across English and French, and the December call apart', () => {
    checkSummitGroups(listGroups(runClusterLoop(summitArticles, settings)));
  });

  it('gives the same groups in reverse order', () => {
    checkSummitGroups(listGroups(runClusterLoop([...summitArticles].reverse(), settings)));
  });

  it('gives the same groups in shuffled orders', () => {
    for (const seed of [1, 7, 42, 2024]) {
      checkSummitGroups(listGroups(runClusterLoop(shuffle(summitArticles, seed), settings)));
    }
  });

  it('never puts a May article with a December one, even with the same people and no time signal weight', () => {
    // Same people: Blinken is in the May pieces and in the French December piece.
    const noTime = makeClusterSettings({ weights: { time: 0 } });
    const groups = listGroups(runClusterLoop([mayEnglish, decemberFrench, mayFrench], noTime));
    expect(groups.find((g) => g.includes('dec-fr'))).toEqual(['dec-fr']);
  });

  it('keeps a December article without any date out of the May story, in every order', () => {
    // What enrichment gives when the only time reference is a month ("janvier 2022"): no date at all.
    const dateless: Article = { ...decemberFrench, dates: [] };
    const articles = [mayEnglish, mayFrench, dateless, decemberCall, decemberAnnouncement];
    for (const order of [articles, [...articles].reverse(), shuffle(articles, 3), shuffle(articles, 11)]) {
      checkSummitGroups(listGroups(runClusterLoop(order, settings)));
    }
  });

  it('records why each article joined, and founders as founders', () => {
    const result = runClusterLoop([mayEnglish, mayFrench], settings);
    expect(result.reasons.get('may-en')?.founder).toBe(true);
    const joined = result.reasons.get('may-fr');
    expect(joined?.founder).toBe(false);
    expect(joined?.sharedEntities).toEqual(expect.arrayContaining(['person:antony-blinken', 'person:sergei-lavrov', 'place:reykjavik']));
    expect(joined?.score).toBeGreaterThanOrEqual(defaultClusterSettings.joinThreshold);
  });

  it('is deterministic: the same input gives the same story ids, members and summaries', () => {
    const a = runClusterLoop(summitArticles, settings);
    const b = runClusterLoop(summitArticles, settings);
    expect([...a.stories.entries()]).toEqual([...b.stories.entries()]);
    expect([...a.summaries.values()]).toEqual([...b.summaries.values()]);
    expect([...a.profiles.values()]).toEqual([...b.profiles.values()]);
  });

  it('keeps articles with nothing to compare alone', () => {
    const bare: Article[] = [
      { ...decemberCall, id: 'bare-1', entities: [], terms: [], dates: [], title: 'Breaking', text: 'More soon.' },
      { ...decemberAnnouncement, id: 'bare-2', entities: [], terms: [], dates: [], title: 'Breaking', text: 'More soon.' },
    ];
    expect(listGroups(runClusterLoop([...summitArticles, ...bare], settings))).toContainEqual(['bare-1']);
    expect(listGroups(runClusterLoop([...summitArticles, ...bare], settings))).toContainEqual(['bare-2']);
  });
});
