import { defineConfig } from 'vitest/config';

// Property tests run 500 cases each; on a busy two-core machine they need more than the default 5 s.
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
