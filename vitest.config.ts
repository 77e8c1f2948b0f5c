// Test runner settings: tests live next to the code as *.test.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One throwaway PostgreSQL server for the run (tests skip PostgreSQL cases when none can start).
    globalSetup: ['test/support/global-postgres.ts'],
  },
});
