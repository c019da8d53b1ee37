import { defineConfig } from 'vitest/config';

/**
 * Real Chromium and Firefox ESR: the content script's modules in a plain page (tests/browser) and the
 * built extension (tests/e2e). One browser at a time, files in sequence.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
