// Clustering locks: two workers never decide at once about articles that could meet, or write the same story at once.

/**
 * Takes, once, the lock of the story about to be written (a whole number, e.g. a hash of its id),
 * held until the clustering lock is released. Once only: holders of a story lock wait for nothing
 * else, which is what keeps the two kinds of lock free of deadlocks.
 */
export type LockStory = (story: number) => Promise<void>;

export interface WindowLock {
  /**
   * Runs `fn` holding the locks of these keys (whole numbers: hashes of an article's candidate keys,
   * or a reserved key such as the storylines'); null means everything (excludes every key holder).
   * Articles that could meet share a key, so they decide one after the other; others run in parallel.
   */
  withLock<T>(keys: readonly number[] | null, fn: (lockStory: LockStory) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** For locks that let one holder in at a time: a story lock would add nothing. */
export const alreadyExclusive: LockStory = () => Promise.resolve();

/** One process: a FIFO mutex; enough for `:memory:` databases and tests. */
export function createProcessLock(): WindowLock {
  let tail: Promise<void> = Promise.resolve();
  return {
    async withLock(_keys, fn) {
      const previous = tail;
      let release!: () => void;
      tail = new Promise((resolve) => (release = resolve));
      await previous;
      try {
        return await fn(alreadyExclusive);
      } finally {
        release();
      }
    },
    close: () => Promise.resolve(),
  };
}
