// Locks over time partitions, so that two workers never cluster articles that could meet in the same window at once.

export interface WindowLock {
  /**
   * Runs `fn` holding the locks of these time partitions (whole numbers); null means the whole
   * timeline (an article with no date can join any story), which excludes every partition holder.
   */
  withLock<T>(partitions: readonly number[] | null, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One process: a FIFO mutex; enough for `:memory:` databases and tests. */
export function createProcessLock(): WindowLock {
  let tail: Promise<void> = Promise.resolve();
  return {
    async withLock(_partitions, fn) {
      const previous = tail;
      let release!: () => void;
      tail = new Promise((resolve) => (release = resolve));
      await previous;
      try {
        return await fn();
      } finally {
        release();
      }
    },
    close: () => Promise.resolve(),
  };
}
