import { defineConfig } from 'vitest/config';

// Browser journeys share one machine with two cores: one file at a time, generous timeouts (they
// start a real server and a real Chromium), no retries that could hide a flaky journey.
export default defineConfig({
  test: {
    include: ['journeys/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // What one browser does reaches the others over the network; on a loaded CI machine that can take
    // a few seconds, so polling waits up to 15 s instead of vitest's default 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
