import { defineConfig } from 'vitest/config';

// The scale-out tests: the store contract on SQLite and PostgreSQL, and several server processes on
// one PostgreSQL and one Redis, which the global setup starts (scripts/services.sh) and stops.
export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup.ts', 'test/scale/support/services.ts'],
  },
});
