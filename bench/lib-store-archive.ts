// A large synthetic archive written straight through the Store (no pipeline): N articles in stories of five, spread over days.
import type { ArchiveStory, Store } from '../src/store/index.js';
import { makeArticle, makeReason, makeStory } from '../src/store/contract/fixtures.js';

const words = ['harbour', 'election', 'summit', 'flood', 'strike', 'budget', 'court', 'vaccine', 'rail', 'energy', 'festival', 'market'];
const places = ['Iceland', 'Lisbon', 'Gdańsk', 'Mombasa', 'Nuuk', 'Osaka', 'Quito', 'Tromsø'];
const languages = ['en', 'fr', 'de', 'es', 'ru'];

/** Stories per insertArchiveBatch call: one transaction per 5,000 articles. */
const STORIES_PER_BATCH = 1000;

/** Returns the id of one story in the middle of the archive (the page the latency test reads). */
export async function fillArchive(store: Store, articles: number, onProgress?: (done: number) => void): Promise<string> {
  const perStory = 5;
  const storyCount = Math.ceil(articles / perStory);
  let batch: ArchiveStory[] = [];
  const flush = async (done: number) => {
    await store.insertArchiveBatch(batch);
    batch = [];
    onProgress?.(done);
  };
  for (let s = 0; s < storyCount; s++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(s / 40) * 86_400_000);
    const iso = day.toISOString();
    const word = words[s % words.length] ?? 'news';
    const place = places[s % places.length] ?? 'Lisbon';
    const storyId = `s_bench${s}`;
    const { story, profile } = makeStory(storyId, { keys: { [`e:place:${place.toLowerCase()}`]: 1, [`t:${word}`]: 0.5 }, first: iso, last: iso });
    story.title = `${place}: ${word} story number ${s}`;
    story.articleCount = perStory;
    const members = Array.from({ length: perStory }, (_, a) => {
      const n = s * perStory + a;
      const article = makeArticle({
        id: `a_bench${n}`,
        contentHash: `bench-${n}`,
        url: `https://bench.example/${n}`,
        title: `${place} ${word} report ${n}`,
        text: `The ${word} in ${place} was reported by outlet ${a}. Paragraph about article ${n} with more words about the ${word}.`,
        language: languages[a % languages.length] ?? 'en',
        publishedAt: iso,
        sourceName: `Outlet ${a}`,
      });
      return { article, reason: makeReason({ founder: a === 0 }) };
    });
    batch.push({ story, profile, members });
    if (batch.length >= STORIES_PER_BATCH) await flush((s + 1) * perStory);
  }
  if (batch.length > 0) await flush(storyCount * perStory);
  return `s_bench${Math.floor(storyCount / 2)}`;
}
