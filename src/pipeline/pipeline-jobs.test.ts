// Unit tests of the queued pipeline: which jobs an article needs, in which order, and which time partitions it locks.
import { describe, expect, it } from 'vitest';
import { defaultClusterSettings } from '../cluster/index.js';
import type { JobQueue } from '../queue/index.js';
import { queueArticleWork, waitsForPivot, windowPartitions } from './pipeline-jobs.js';

function recordingQueue(): { queue: JobQueue; sent: string[] } {
  const sent: string[] = [];
  const queue: JobQueue = {
    backend: 'fake',
    enqueue: (kind, key) => {
      sent.push(`${kind}:${key}`);
      return Promise.resolve();
    },
    work: () => Promise.resolve(),
    depth: () => Promise.resolve({}),
    stop: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return { queue, sent };
}

const plan = { targets: ['en', 'fr'] as const, bodies: 'eager' as const };

describe('queueArticleWork', () => {
  it('queues a French article for English only, clustering waiting for the English text', async () => {
    const { queue, sent } = recordingQueue();
    await queueArticleWork(queue, { id: 'a1', language: 'fr' }, plan);
    expect(sent).toEqual(['translate:a1>en']);
    expect(waitsForPivot({ language: 'fr' }, plan)).toBe(true);
  });

  it('clusters an English article at once and translates it into the other reader language', async () => {
    const { queue, sent } = recordingQueue();
    await queueArticleWork(queue, { id: 'a2', language: 'en' }, plan);
    expect(sent).toEqual(['translate:a2>fr', 'cluster:a2']);
  });

  it('clusters an article of unknown language at once, with nothing to translate', async () => {
    const { queue, sent } = recordingQueue();
    await queueArticleWork(queue, { id: 'a3', language: 'und' }, plan);
    expect(sent).toEqual(['cluster:a3']);
  });

  it('does not wait for English when English is not a reader language', async () => {
    const { queue, sent } = recordingQueue();
    await queueArticleWork(queue, { id: 'a4', language: 'de' }, { targets: ['fr'], bodies: 'lazy' });
    expect(sent).toEqual(['translate:a4>fr', 'cluster:a4']);
  });
});

describe('windowPartitions', () => {
  const settings = defaultClusterSettings;

  it('gives overlapping partitions to articles that could meet, and disjoint ones to distant articles', () => {
    const a = windowPartitions({ publishedAt: '2026-03-02T08:00:00Z', dates: [] }, settings) ?? [];
    const b = windowPartitions({ publishedAt: '2026-03-09T08:00:00Z', dates: [] }, settings) ?? [];
    const far = windowPartitions({ publishedAt: '2026-06-20T08:00:00Z', dates: [] }, settings) ?? [];
    expect(a.length).toBeGreaterThan(0);
    expect(a.some((p) => b.includes(p))).toBe(true);
    expect(a.some((p) => far.includes(p))).toBe(false);
  });

  it('locks the whole timeline for an article with no date at all', () => {
    expect(windowPartitions({ publishedAt: null, dates: [] }, settings)).toBeNull();
  });

  it('uses the dates an undated article mentions', () => {
    const partitions = windowPartitions({ publishedAt: null, dates: ['2026-03-02'] }, settings);
    const dated = windowPartitions({ publishedAt: '2026-03-02T08:00:00Z', dates: [] }, settings) ?? [];
    expect(partitions?.some((p) => dated.includes(p))).toBe(true);
  });
});
