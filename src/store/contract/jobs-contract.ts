// Store contract, jobs, failures and stats: de-duplicated queue, claims, retries, lease expiry, failure log, counts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentStore } from '../contract.js';
import { makeArticle } from './fixtures.js';

const MINUTE = 60_000;

/**
 * Some cases move the clock with fake `Date`s: an implementation must take "now" from JavaScript's
 * clock (as queries/time.ts does), not from the database server's, for the lease and retry rules.
 */

export function describeJobContract(current: CurrentStore): void {
  const past = () => new Date(Date.now() - MINUTE).toISOString();
  const future = () => new Date(Date.now() + 60 * MINUTE).toISOString();

  describe('jobs', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('queues a job and claims it once, marking it running', async () => {
      await current().enqueueJob('cluster', 'art-1');
      const [job, ...rest] = await current().claimJobs('cluster', 10);
      expect(rest).toEqual([]);
      expect(job).toMatchObject({ kind: 'cluster', key: 'art-1', attempts: 0, lastError: null });
      expect(typeof job?.id).toBe('number');
      expect(Number.isNaN(Date.parse(job?.runAfter ?? ''))).toBe(false);
      expect(await current().claimJobs('cluster', 10)).toEqual([]);
    });

    it('does not queue the same kind and key twice while queued or running', async () => {
      await current().enqueueJob('cluster', 'a');
      await current().enqueueJob('cluster', 'a');
      expect((await current().stats()).queuedJobs).toBe(1);
      const claimed = await current().claimJobs('cluster', 10);
      expect(claimed).toHaveLength(1);
      await current().enqueueJob('cluster', 'a');
      expect(await current().claimJobs('cluster', 10)).toEqual([]);
      // Another kind with the same key is different work.
      await current().enqueueJob('translate', 'a');
      expect(await current().claimJobs('translate', 10)).toHaveLength(1);
    });

    it('queues the same work again once the earlier job is done or failed', async () => {
      await current().enqueueJob('cluster', 'a');
      const [first] = await current().claimJobs('cluster', 1);
      await current().completeJob(first!.id);
      await current().enqueueJob('cluster', 'a');
      const [second] = await current().claimJobs('cluster', 1);
      expect(second?.id).not.toBe(first?.id);
      await current().failJob(second!.id, 'broken', null);
      await current().enqueueJob('cluster', 'a');
      expect(await current().claimJobs('cluster', 1)).toHaveLength(1);
    });

    it('claims only jobs of the asked kind, oldest first, at most `limit`', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
      for (const key of ['k1', 'k2', 'k3']) {
        await current().enqueueJob('cluster', key);
        vi.advanceTimersByTime(1000);
      }
      await current().enqueueJob('translate', 'k0');
      const firstTwo = await current().claimJobs('cluster', 2);
      expect(firstTwo.map((j) => j.key)).toEqual(['k1', 'k2']);
      expect((await current().claimJobs('cluster', 5)).map((j) => j.key)).toEqual(['k3']);
      expect(await current().claimJobs('cluster', 0)).toEqual([]);
    });

    it('never hands the same job to two concurrent claims', async () => {
      for (let i = 0; i < 6; i++) await current().enqueueJob('cluster', `k${i}`);
      const batches = await Promise.all([current().claimJobs('cluster', 4), current().claimJobs('cluster', 4)]);
      const ids = batches.flat().map((j) => j.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    });

    it('requeues a failed job for its retry time, counting the attempt and keeping the error', async () => {
      await current().enqueueJob('translate', 'a');
      const [job] = await current().claimJobs('translate', 1);
      await current().failJob(job!.id, 'translate: engine timed out (a)', future());
      expect(await current().claimJobs('translate', 1)).toEqual([]);
      expect((await current().stats()).queuedJobs).toBe(1);
      // While requeued, the job still blocks a duplicate.
      await current().enqueueJob('translate', 'a');
      expect((await current().stats()).queuedJobs).toBe(1);

      const [other] = await (async () => {
        await current().enqueueJob('translate', 'b');
        return current().claimJobs('translate', 1);
      })();
      await current().failJob(other!.id, 'first failure', past());
      const [retried] = await current().claimJobs('translate', 1);
      expect(retried).toMatchObject({ id: other!.id, key: 'b', attempts: 1, lastError: 'first failure' });
    });

    it('marks a job failed for good when there is no retry time', async () => {
      await current().enqueueJob('cluster', 'a');
      const [job] = await current().claimJobs('cluster', 1);
      await current().failJob(job!.id, 'fatal', null);
      expect(await current().claimJobs('cluster', 1)).toEqual([]);
      expect((await current().stats()).queuedJobs).toBe(0);
    });

    it('completes a job so it is never claimed again', async () => {
      await current().enqueueJob('cluster', 'a');
      const [job] = await current().claimJobs('cluster', 1);
      await current().completeJob(job!.id);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 24 * 60 * MINUTE);
      expect(await current().claimJobs('cluster', 1)).toEqual([]);
      expect((await current().stats()).queuedJobs).toBe(0);
    });

    it('rejects completing or failing a job that does not exist', async () => {
      await expect(current().completeJob(987654)).rejects.toThrow(/987654/);
      await expect(current().failJob(987654, 'x', null)).rejects.toThrow(/987654/);
    });

    it('claims a running job again once its lease (10 minutes by default) has expired', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
      await current().enqueueJob('cluster', 'a');
      const [job] = await current().claimJobs('cluster', 1);
      vi.setSystemTime(new Date('2024-01-01T00:09:00Z'));
      expect(await current().claimJobs('cluster', 1)).toEqual([]);
      vi.setSystemTime(new Date('2024-01-01T00:11:00Z'));
      const [again] = await current().claimJobs('cluster', 1);
      expect(again?.id).toBe(job?.id);
      expect(again?.attempts).toBe(1);
      expect(again?.lastError).toMatch(/lease/);
      // Claimed again means leased again: not claimable a third time right away.
      expect(await current().claimJobs('cluster', 1)).toEqual([]);
    });
  });

  describe('failures and stats', () => {
    it('records failures and lists them newest first with paging', async () => {
      const records = ['a.txt', 'b.html', 'c.json'].map((ref, i) => ({
        ref,
        stage: 'extract',
        message: `extract: no article text found (${ref})`,
        at: `2024-01-0${i + 1}T00:00:00.000Z`,
      }));
      for (const r of records) await current().recordFailure(r);
      expect(await current().listFailures({})).toEqual([...records].reverse());
      expect(await current().listFailures({ limit: 1, offset: 1 })).toEqual([records[1]]);
    });

    it('counts articles, stories, languages and queued jobs', async () => {
      expect(await current().stats()).toEqual({ articles: 0, stories: 0, languages: {}, queuedJobs: 0 });
      for (const language of ['en', 'fr', 'fr', 'ru']) await current().insertArticle(makeArticle({ language }));
      await current().enqueueJob('cluster', 'x');
      await current().enqueueJob('cluster', 'y');
      await current().claimJobs('cluster', 1);
      expect(await current().stats()).toEqual({
        articles: 4,
        stories: 0,
        languages: { en: 1, fr: 2, ru: 1 },
        queuedJobs: 1,
      });
    });
  });

  describe('schema', () => {
    it('has no pending migrations once opened', async () => {
      expect(await current().pendingMigrations()).toEqual([]);
    });
  });

  describe('queue depth', () => {
    it('counts queued jobs by kind, leaving out running, done and failed ones', async () => {
      expect(await current().countQueuedJobs()).toEqual({});
      for (const key of ['a', 'b', 'c']) await current().enqueueJob('cluster', key);
      await current().enqueueJob('translate', 'a>en');
      await current().enqueueJob('translate', 'b>en');
      const [running] = await current().claimJobs('cluster', 1);
      const [done] = await current().claimJobs('translate', 1);
      await current().completeJob(done?.id ?? -1);
      expect(running).toBeDefined();
      expect(await current().countQueuedJobs()).toEqual({ cluster: 2, translate: 1 });
    });
  });
}

