import { defineConfig } from 'vitest/config';

// Loading the lint configuration (typescript-eslint) takes seconds on a busy two-core machine.
export default defineConfig({
  test: {
    include: ['*.test.ts'],
    testTimeout: 60_000,
  },
});
