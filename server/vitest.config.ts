import { defineConfig } from 'vitest/config';

// Integration tests start real servers and child processes; the CI machine has two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // PostgreSQL and Redis tests run under vitest.scale.config.ts, which starts those services.
    exclude: ['test/scale/**', '**/node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
