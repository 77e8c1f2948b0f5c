// Store contract, stories: save and read back, inverted-index candidates, key frequencies, membership, listing.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeReason, makeStory } from './fixtures.js';
import type { StoryFixture } from './fixtures.js';
import { MAX_STORIES_PER_KEY } from '../queries/candidates.js';

export function describeStoryContract(current: CurrentStore): void {
  const save = async (...fixtures: StoryFixture[]) => {
    for (const { story, profile } of fixtures) await current().saveStory(story, profile);
  };

  describe('stories', () => {
    it('saves a story and reads back the story and its profile exactly', async () => {
      const { story, profile } = makeStory('story-a', {
        keys: { 'e:place:iceland': 2.5, 't:summit': 0.125 },
        first: '2021-05-19T22:00:00-04:00',
        last: '2021-05-21T09:00:00Z',
      });
      story.entities = [{ id: 'place:iceland', kind: 'place', name: 'Iceland', articles: 2 }];
      story.languages = ['en', 'fr'];
      profile.dates = { '2021-05-20': 2 };
      await save({ story, profile });
      expect(await current().getStory('story-a')).toEqual(story);
      expect(await current().getStoryProfile('story-a')).toEqual(profile);
    });

    it('returns null for an unknown story or profile', async () => {
      expect(await current().getStory('nope')).toBeNull();
      expect(await current().getStoryProfile('nope')).toBeNull();
    });

    it('replaces a story and its keys when saved again', async () => {
      await save(makeStory('s', { keys: { 'e:a': 1, 'e:b': 1 } }));
      const updated = makeStory('s', { keys: { 'e:b': 3, 'e:c': 1 }, title: 'New headline' });
      updated.story.articleCount = 2;
      updated.profile.articleCount = 2;
      await save(updated);
      expect(await current().getStory('s')).toEqual(updated.story);
      expect((await current().getStoryProfile('s'))?.keys).toEqual({ 'e:b': 3, 'e:c': 1 });
      expect(await current().findCandidateStories({ keys: ['e:a'], from: null, to: null, limit: 10 })).toEqual([]);
      expect((await current().keyFrequencies(['e:a', 'e:b'])).counts).toEqual({ 'e:a': 0, 'e:b': 1 });
      expect((await current().stats()).stories).toBe(1);
    });

    it('finds candidates sharing a key, best summed weight first, then by id, limited', async () => {
      await save(
        makeStory('s1', { keys: { 'e:x': 1, 'e:y': 1 } }),
        makeStory('s2', { keys: { 'e:x': 5 } }),
        makeStory('s3', { keys: { 'e:y': 1, 'e:z': 1 } }),
        makeStory('s4', { keys: { 'e:x': 1, 'e:y': 1, 'e:unrelated': 9 } }),
        makeStory('s5', { keys: { 'e:other': 1 } }),
      );
      const all = await current().findCandidateStories({ keys: ['e:x', 'e:y'], from: null, to: null, limit: 10 });
      expect(all.map((p) => p.storyId)).toEqual(['s2', 's1', 's4', 's3']);
      // Profiles come back whole, not only with the matched keys.
      expect(all[2]?.keys).toEqual({ 'e:x': 1, 'e:y': 1, 'e:unrelated': 9 });
      const top = await current().findCandidateStories({ keys: ['e:x', 'e:y', 'e:x'], from: null, to: null, limit: 2 });
      expect(top.map((p) => p.storyId)).toEqual(['s2', 's1']);
    });

    it('returns no candidates for no keys or a zero limit', async () => {
      await save(makeStory('s1', { keys: { 'e:x': 1 } }));
      expect(await current().findCandidateStories({ keys: [], from: null, to: null, limit: 10 })).toEqual([]);
      expect(await current().findCandidateStories({ keys: ['e:x'], from: null, to: null, limit: 0 })).toEqual([]);
    });

    it('keeps candidates whose publication span overlaps the window, treating null as unbounded', async () => {
      await save(
        makeStory('may', { keys: { 'e:x': 1 }, first: '2021-05-01T00:00:00Z', last: '2021-05-03T00:00:00Z' }),
        makeStory('june', { keys: { 'e:x': 1 }, first: '2021-06-10T00:00:00Z', last: '2021-06-12T00:00:00Z' }),
        makeStory('undated', { keys: { 'e:x': 1 }, first: null, last: null }),
      );
      const within = async (from: string | null, to: string | null) =>
        (await current().findCandidateStories({ keys: ['e:x'], from, to, limit: 10 })).map((p) => p.storyId).sort();
      expect(await within('2021-05-02T00:00:00Z', '2021-05-20T00:00:00Z')).toEqual(['may', 'undated']);
      expect(await within('2021-05-04T00:00:00Z', '2021-06-09T00:00:00Z')).toEqual(['undated']);
      expect(await within('2021-05-03T00:00:00Z', '2021-06-10T00:00:00Z')).toEqual(['june', 'may', 'undated']);
      expect(await within(null, '2021-05-15T00:00:00Z')).toEqual(['may', 'undated']);
      expect(await within('2021-06-11T00:00:00Z', null)).toEqual(['june', 'undated']);
      expect(await within(null, null)).toEqual(['june', 'may', 'undated']);
      // Bounds with an offset compare by instant: 2021-05-03T01:00+02:00 is 2021-05-02T23:00Z.
      expect(await within('2021-05-03T01:00:00+02:00', '2021-05-04T00:00:00Z')).toEqual(['may', 'undated']);
    });

    it('counts how many stories carry each key, and all stories', async () => {
      await save(
        makeStory('s1', { keys: { 'e:x': 1, 't:y': 2 } }),
        makeStory('s2', { keys: { 'e:x': 1 } }),
        makeStory('s3', { keys: { 't:z': 1 } }),
      );
      expect(await current().keyFrequencies(['e:x', 't:y', 'e:missing'])).toEqual({
        stories: 3,
        counts: { 'e:x': 2, 't:y': 1, 'e:missing': 0 },
      });
      expect(await current().keyFrequencies([])).toEqual({ stories: 3, counts: {} });
    });

    it('keeps the key and story counts through saves that drop keys, deletions and archive batches', async () => {
      await save(makeStory('s1', { keys: { 'e:x': 1, 't:y': 2 } }), makeStory('s2', { keys: { 'e:x': 1, 'w:z': 1 } }));
      // Saved again: t:y dropped, w:z gained, e:x kept (counted once, not twice).
      await save(makeStory('s1', { keys: { 'e:x': 2, 'w:z': 1 } }));
      expect(await current().keyFrequencies(['e:x', 't:y', 'w:z'])).toEqual({ stories: 2, counts: { 'e:x': 2, 't:y': 0, 'w:z': 2 } });
      await current().deleteStories(['s2', 'nope']);
      expect(await current().keyFrequencies(['e:x', 'w:z'])).toEqual({ stories: 1, counts: { 'e:x': 1, 'w:z': 1 } });
      const fresh = makeStory('s3', { keys: { 'e:x': 1, 'n:7': 0.5 } });
      await current().insertArchiveBatch([{ ...fresh, members: [{ article: makeArticle({ id: 'a-batch' }), reason: makeReason({ founder: true }) }] }]);
      expect(await current().keyFrequencies(['e:x', 'n:7'])).toEqual({ stories: 2, counts: { 'e:x': 2, 'n:7': 1 } });
      // The batch wrote the story's span on its keys: outside its window it is not a candidate.
      const ids = async (from: string, to: string) =>
        (await current().findCandidateStories({ keys: ['n:7'], from, to, limit: 10 })).map((p) => p.storyId);
      expect(await ids('2021-05-19T00:00:00Z', '2021-05-21T00:00:00Z')).toEqual(['s3']);
      expect(await ids('2021-06-19T00:00:00Z', '2021-06-21T00:00:00Z')).toEqual([]);
    });

    it('moves a story into a later window when it is saved again with a later article', async () => {
      await save(makeStory('s', { keys: { 'e:x': 1 }, first: '2021-05-01T00:00:00Z', last: '2021-05-02T00:00:00Z' }));
      const june = { keys: ['e:x'], from: '2021-06-01T00:00:00Z', to: '2021-06-30T00:00:00Z', limit: 10 };
      expect(await current().findCandidateStories(june)).toEqual([]);
      await save(makeStory('s', { keys: { 'e:x': 1 }, first: '2021-05-01T00:00:00Z', last: '2021-06-05T00:00:00Z' }));
      expect((await current().findCandidateStories(june)).map((p) => p.storyId)).toEqual(['s']);
    });

    it('reads a bounded number of stories per key, the latest first, so a common key cannot crowd out a rare one', async () => {
      const stories: StoryFixture[] = [];
      for (let i = 0; i < MAX_STORIES_PER_KEY + 5; i++) {
        const day = new Date(Date.UTC(2021, 4, 1, 0, i)).toISOString();
        stories.push(makeStory(`c${String(i).padStart(3, '0')}`, { keys: { 'e:common': 1, ...(i === 0 ? { 'e:rare': 0.5 } : {}) }, first: day, last: day }));
      }
      await save(...stories);
      const common = await current().findCandidateStories({ keys: ['e:common'], from: '2021-04-01T00:00:00Z', to: null, limit: 1000 });
      expect(common).toHaveLength(MAX_STORIES_PER_KEY);
      // The five oldest are beyond the bound.
      expect(common.map((p) => p.storyId).sort()[0]).toBe('c005');
      // The oldest story is still reached through its rare key.
      const both = await current().findCandidateStories({ keys: ['e:common', 'e:rare'], from: '2021-04-01T00:00:00Z', to: null, limit: 1000 });
      expect(both).toHaveLength(MAX_STORIES_PER_KEY + 1);
      expect(both.map((p) => p.storyId)).toContain('c000');
    });

    it('assigns an article to a story and lists it as a member with its reason', async () => {
      const article = makeArticle();
      await current().insertArticle(article);
      await save(makeStory('s1'));
      const reason = makeReason({ founder: true, timeDeltaHours: null, signals: { entities: 0.625 } });
      await current().assignArticle(article.id, 's1', reason);
      expect(await current().listStoryMembers('s1')).toEqual([{ articleId: article.id, reason }]);
      expect((await current().getArticle(article.id))?.storyId).toBe('s1');
    });

    it('moves an article when it is assigned to another story', async () => {
      const article = makeArticle();
      await current().insertArticle(article);
      await save(makeStory('s1'), makeStory('s2'));
      await current().assignArticle(article.id, 's1', makeReason({ score: 0.1 }));
      const second = makeReason({ score: 0.9 });
      await current().assignArticle(article.id, 's2', second);
      expect(await current().listStoryMembers('s1')).toEqual([]);
      expect(await current().listStoryMembers('s2')).toEqual([{ articleId: article.id, reason: second }]);
      expect((await current().getArticle(article.id))?.storyId).toBe('s2');
    });

    it('saves a story and assigns an article in one step, and leaves neither when the assignment fails', async () => {
      const article = makeArticle();
      await current().insertArticle(article);
      const { story, profile } = makeStory('s-atomic');
      const reason = makeReason({ founder: true });
      await current().saveStoryAndAssign(story, profile, article.id, reason);
      expect(await current().getStory('s-atomic')).toEqual(story);
      expect(await current().listStoryMembers('s-atomic')).toEqual([{ articleId: article.id, reason }]);
      const other = makeStory('s-ghost');
      await expect(current().saveStoryAndAssign(other.story, other.profile, 'ghost', reason)).rejects.toBeInstanceOf(NotFoundError);
      expect(await current().getStory('s-ghost')).toBeNull();
    });

    it('refuses to assign an unknown article or to an unknown story', async () => {
      const article = makeArticle();
      await current().insertArticle(article);
      await save(makeStory('s1'));
      await expect(current().assignArticle('ghost', 's1', makeReason())).rejects.toBeInstanceOf(NotFoundError);
      await expect(current().assignArticle(article.id, 'ghost', makeReason())).rejects.toBeInstanceOf(NotFoundError);
      expect((await current().getArticle(article.id))?.storyId).toBeNull();
      expect(await current().listStoryMembers('s1')).toEqual([]);
    });

    it('lists members in publication order, undated last, then in ingestion order', async () => {
      const undated = makeArticle({ publishedAt: null, publishedAtOrigin: 'none', ingestedAt: '2024-01-01T00:00:00Z' });
      const late = makeArticle({ publishedAt: '2021-05-21T00:00:00Z' });
      const early = makeArticle({ publishedAt: '2021-05-20T00:00:00Z', ingestedAt: '2024-01-03T00:00:00Z' });
      const tie = makeArticle({ publishedAt: '2021-05-20T00:00:00Z', ingestedAt: '2024-01-02T00:00:00Z' });
      await save(makeStory('s1'));
      for (const a of [undated, late, early, tie]) {
        await current().insertArticle(a);
        await current().assignArticle(a.id, 's1', makeReason());
      }
      expect((await current().listStoryMembers('s1')).map((m) => m.articleId)).toEqual([tie.id, early.id, late.id, undated.id]);
      expect(await current().listStoryMembers('unknown')).toEqual([]);
    });

    it('lists stories by last publication (undated last), then most recently updated, with paging', async () => {
      await save(
        makeStory('old', { last: '2021-05-01T00:00:00Z' }),
        makeStory('new', { last: '2021-06-01T00:00:00Z' }),
        makeStory('undated-old', { first: null, last: null, updatedAt: '2024-01-01T00:00:00Z' }),
        makeStory('undated-new', { first: null, last: null, updatedAt: '2024-02-01T00:00:00Z' }),
        // Same instant as `new` written with an offset: equal, so the update time decides.
        makeStory('new-too', { last: '2021-06-01T02:00:00+02:00', updatedAt: '2024-03-01T00:00:00Z' }),
      );
      const ids = (await current().listStories({})).map((s) => s.id);
      expect(ids).toEqual(['new-too', 'new', 'old', 'undated-new', 'undated-old']);
      expect((await current().listStories({ limit: 2, offset: 2 })).map((s) => s.id)).toEqual(['old', 'undated-new']);
    });

    it('lists only stories with a member published on the given day', async () => {
      const may20 = makeArticle({ publishedAt: '2021-05-20T12:00:00Z' });
      const may21 = makeArticle({ publishedAt: '2021-05-21T12:00:00Z' });
      const unassigned = makeArticle({ publishedAt: '2021-05-21T13:00:00Z' });
      for (const a of [may20, may21, unassigned]) await current().insertArticle(a);
      await save(makeStory('s20'), makeStory('s21'), makeStory('both'), makeStory('empty'));
      await current().assignArticle(may20.id, 's20', makeReason());
      await current().assignArticle(may21.id, 's21', makeReason());
      const extra = makeArticle({ publishedAt: '2021-05-21T18:00:00Z' });
      await current().insertArticle(extra);
      await current().assignArticle(extra.id, 'both', makeReason());
      expect((await current().listStories({ day: '2021-05-21' })).map((s) => s.id).sort()).toEqual(['both', 's21']);
      expect((await current().listStories({ day: '2021-05-20' })).map((s) => s.id)).toEqual(['s20']);
      expect(await current().listStories({ day: '2020-01-01' })).toEqual([]);
    });
  });
}
