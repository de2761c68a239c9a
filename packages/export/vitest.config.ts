import { defineConfig } from 'vitest/config';

// Layout, font subsetting and LibreOffice conversions take seconds on a busy two-core machine.
export default defineConfig({
  test: {
    testTimeout: 180_000,
  },
});
