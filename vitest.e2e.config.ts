import { defineConfig } from 'vitest/config';

// The real-browser suite: one Chromium at a time, generous timeouts, no retries (a flake is a bug).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
