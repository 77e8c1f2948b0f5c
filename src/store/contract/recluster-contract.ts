// Store contract, re-clustering: deleting stories detaches their articles and forgets their keys and members.
import { describe, expect, it } from 'vitest';
import type { CurrentStore } from '../contract.js';
import { makeArticle, makeReason, makeStory } from './fixtures.js';

export function describeReclusterContract(current: CurrentStore): void {
  describe('deleting stories', () => {
    it('removes the stories, their keys and members, leaves their articles unassigned, and keeps other stories', async () => {
      const a = makeArticle();
      const b = makeArticle();
      await current().insertArticle(a);
      await current().insertArticle(b);
      for (const fixture of [makeStory('gone', { keys: { 'e:x': 1 } }), makeStory('kept', { keys: { 'e:x': 2 } })]) {
        await current().saveStory(fixture.story, fixture.profile);
      }
      await current().assignArticle(a.id, 'gone', makeReason());
      await current().assignArticle(b.id, 'kept', makeReason());

      await current().deleteStories(['gone', 'gone']);

      expect(await current().getStory('gone')).toBeNull();
      expect(await current().listStoryMembers('gone')).toEqual([]);
      expect((await current().getArticle(a.id))?.storyId).toBeNull();
      expect((await current().getArticle(b.id))?.storyId).toBe('kept');
      expect((await current().keyFrequencies(['e:x'])).counts).toEqual({ 'e:x': 1 });
      expect((await current().findCandidateStories({ keys: ['e:x'], from: null, to: null, limit: 10 })).map((p) => p.storyId)).toEqual(['kept']);
      expect((await current().stats()).stories).toBe(1);
      // Nothing to delete is not an error.
      await current().deleteStories([]);
      await current().deleteStories(['never-existed']);
      expect((await current().stats()).stories).toBe(1);
    });
  });

  describe('story redirects', () => {
    it('leads a merged story id to the survivor, keeps chains one hop long, and never away from a live target', async () => {
      expect(await current().resolveStoryRedirect('absorbed')).toBeNull();
      await current().redirectStories([{ from: 'absorbed', to: 'middle' }]);
      await current().redirectStories([{ from: 'middle', to: 'survivor' }]);
      expect(await current().resolveStoryRedirect('absorbed')).toBe('survivor');
      expect(await current().resolveStoryRedirect('middle')).toBe('survivor');
      // Merged again, elsewhere: the latest redirect wins.
      await current().redirectStories([{ from: 'absorbed', to: 'other' }]);
      expect(await current().resolveStoryRedirect('absorbed')).toBe('other');
      // 'survivor' absorbs another story: it is live, so nothing leads away from it.
      await current().redirectStories([{ from: 'late', to: 'middle' }]);
      expect(await current().resolveStoryRedirect('middle')).toBeNull();
      // A story redirected to itself is not recorded; nothing to record is not an error.
      await current().redirectStories([{ from: 'same', to: 'same' }]);
      expect(await current().resolveStoryRedirect('same')).toBeNull();
      await current().redirectStories([]);
    });
  });
}
