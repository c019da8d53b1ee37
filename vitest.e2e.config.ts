import { defineConfig } from 'vitest/config';

/** The built extension in real Chromium and Firefox ESR: one browser at a time, files in sequence. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
