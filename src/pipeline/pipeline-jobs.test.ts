// Unit tests of the queued pipeline: which jobs an article needs, in which order, and which keys it locks.
import { describe, expect, it } from 'vitest';
import { defaultClusterSettings } from '../cluster/index.js';
import type { JobQueue } from '../queue/index.js';
import { mention, makeArticle, weightTerms } from '../cluster/__fixtures__/cluster-harness.js';
import { clusterLockKeys, lockNumber, queueArticleWork, waitsForPivot } from './pipeline-jobs.js';

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

describe('clusterLockKeys', () => {
  const settings = defaultClusterSettings;
  const article = (id: string, entities: string[], terms: string[], text = `Text of ${id}.`) =>
    makeArticle(id, { publishedAt: '2026-03-02T08:00:00Z', entities: entities.map((e) => mention(e, { count: 2 })), terms: weightTerms(terms), text });

  it('gives articles that could meet a common key, and unrelated articles of the same hour none', () => {
    const a = clusterLockKeys(article('a', ['place:reykjavik'], ['summit']), settings);
    const b = clusterLockKeys(article('b', ['place:reykjavik', 'person:ada-lindqvist'], ['talks']), settings);
    const other = clusterLockKeys(article('c', ['place:mombasa'], ['flood']), settings);
    expect(a.some((key) => b.includes(key))).toBe(true);
    expect(a.some((key) => other.includes(key))).toBe(false);
  });

  it('locks the looked-up keys only, sorted and once each, not the words that only score', () => {
    const plain = clusterLockKeys(article('a', ['place:reykjavik'], ['summit']), settings);
    const wordy = clusterLockKeys({ ...article('a', ['place:reykjavik'], ['summit']), pivotText: 'Ministers gathered in harbour halls for long negotiations' }, settings);
    expect(wordy).toEqual(plain);
    expect(plain).toEqual([...new Set(plain)].sort((x, y) => x - y));
    expect(plain).toHaveLength(2);
  });

  it('hashes to 32-bit whole numbers, the same for the same text', () => {
    expect(lockNumber('e:place:reykjavik')).toBe(lockNumber('e:place:reykjavik'));
    expect(lockNumber('e:place:reykjavik')).not.toBe(lockNumber('e:place:mombasa'));
    for (const text of ['', 'x', 's_2026-03-02_abc', 'Путин']) {
      const n = lockNumber(text);
      expect(Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31).toBe(true);
    }
  });
});
