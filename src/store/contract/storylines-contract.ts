// Store contract, storylines: replacing storylines moves stories between them, reads keep member order, deleted stories drop out.
import { describe, expect, it } from 'vitest';
import type { Storyline, StorylineLink } from '../../domain/index.js';
import type { CurrentStore } from '../contract.js';
import { makeStory } from './fixtures.js';

function link(linkedTo: string | null, shared: string[] = []): StorylineLink {
  return { linkedTo, score: linkedTo ? 0.612345678 : 1, sharedEntities: shared, sharedTerms: linkedTo ? ['summit'] : [], gapDays: linkedTo ? 196.5 : null };
}

function makeStoryline(id: string, storyIds: string[], overrides: Partial<Storyline> = {}): Storyline {
  return {
    id,
    title: 'Joe Biden · Vladimir Putin',
    entities: [{ id: 'person:joe-biden', kind: 'person', name: 'Joe Biden', articles: 4 }],
    storyCount: storyIds.length,
    firstPublishedAt: '2021-05-21T09:00:00+02:00',
    lastPublishedAt: '2021-12-08T08:00:00Z',
    members: storyIds.map((storyId, i) => ({ storyId, link: link(i === 0 ? null : (storyIds[i - 1] as string), ['person:joe-biden']) })),
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    ...overrides,
  };
}

export function describeStorylineContract(current: CurrentStore): void {
  describe('storylines', () => {
    async function saveStories(...ids: string[]): Promise<void> {
      for (const id of ids) {
        const { story, profile } = makeStory(id);
        await current().saveStory(story, profile);
      }
    }

    it('stores a storyline and reads it back whole, members in the order given', async () => {
      await saveStories('may', 'june', 'dec');
      const storyline = makeStoryline('l1', ['may', 'june', 'dec']);
      await current().replaceStorylines([storyline], []);
      expect(await current().getStoryline('l1')).toEqual(storyline);
      expect(await current().findStorylineIds(['may', 'dec', 'other'])).toEqual({ may: 'l1', dec: 'l1' });
      expect(await current().getStoryline('nope')).toBeNull();
    });

    it('moves a story out of its old storyline when another one takes it, and deletes the ones asked', async () => {
      await saveStories('a', 'b', 'c', 'd');
      await current().replaceStorylines([makeStoryline('l1', ['a', 'b']), makeStoryline('l2', ['c', 'd'])], []);
      const before = await current().contentVersion();
      // Same update time as before: only the deletion tells page caches that something changed.
      await current().replaceStorylines([makeStoryline('l1', ['a', 'b', 'c'], { title: 'merged' })], ['l2']);
      expect(await current().contentVersion()).not.toBe(before);
      expect(await current().getStoryline('l2')).toBeNull();
      const merged = await current().getStoryline('l1');
      expect(merged?.title).toBe('merged');
      expect(merged?.members.map((m) => m.storyId)).toEqual(['a', 'b', 'c']);
      // The first write's creation time stays; the update time is the new one.
      expect(merged?.createdAt).toBe('2024-01-01T00:00:00.000Z');
      expect(await current().findStorylineIds(['a', 'b', 'c', 'd'])).toEqual({ a: 'l1', b: 'l1', c: 'l1' });
    });

    it('lists storylines of two or more stories, latest first; a deleted story drops out of its storyline', async () => {
      await saveStories('a', 'b', 'c', 'd', 'e');
      await current().replaceStorylines(
        [
          makeStoryline('old', ['a', 'b'], { lastPublishedAt: '2021-06-01T00:00:00Z' }),
          makeStoryline('new', ['c', 'd', 'e'], { lastPublishedAt: '2021-12-08T00:00:00Z' }),
        ],
        [],
      );
      expect((await current().listStorylines({})).map((s) => s.id)).toEqual(['new', 'old']);
      expect((await current().listStorylines({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual(['old']);
      await current().deleteStories(['b']);
      expect((await current().listStorylines({})).map((s) => [s.id, s.storyCount])).toEqual([['new', 3]]);
      expect((await current().getStoryline('old'))?.members.map((m) => m.storyId)).toEqual(['a']);
    });

    it('refuses a storyline of one story, or one naming a story twice or a story that does not exist, writing nothing', async () => {
      await saveStories('a', 'b');
      await expect(current().replaceStorylines([makeStoryline('l1', ['a'])], [])).rejects.toThrow(/at least two stories/);
      await expect(current().replaceStorylines([makeStoryline('l1', ['a', 'a'])], [])).rejects.toThrow(/twice/);
      await expect(current().replaceStorylines([makeStoryline('l1', ['a', 'b']), makeStoryline('l2', ['a', 'ghost'])], [])).rejects.toThrow();
      expect(await current().getStoryline('l1')).toBeNull();
      expect(await current().findStorylineIds(['a', 'b'])).toEqual({});
    });
  });
}
