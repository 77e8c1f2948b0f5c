// Accumulates wall time per pipeline stage, for the ingest summary and the benchmark.

export interface StageTimer {
  time<T>(stage: string, fn: () => T): T;
  timeAsync<T>(stage: string, fn: () => Promise<T>): Promise<T>;
  /** Milliseconds spent in each stage so far. */
  totals(): Record<string, number>;
}

export function createStageTimer(): StageTimer {
  const totals: Record<string, number> = {};
  const add = (stage: string, start: number): void => {
    totals[stage] = (totals[stage] ?? 0) + (performance.now() - start);
  };
  return {
    time(stage, fn) {
      const start = performance.now();
      try {
        return fn();
      } finally {
        add(stage, start);
      }
    },
    async timeAsync(stage, fn) {
      const start = performance.now();
      try {
        return await fn();
      } finally {
        add(stage, start);
      }
    },
    totals: () => ({ ...totals }),
  };
}
