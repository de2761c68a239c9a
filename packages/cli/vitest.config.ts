import { defineConfig } from 'vitest/config';

// Each export lays out, measures and subsets a font; the bin runs start tsx. Seconds on two cores.
export default defineConfig({
  test: {
    testTimeout: 120_000,
  },
});
