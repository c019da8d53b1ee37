import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { glossaryPlugin } from './glossary/vite-plugin';

/** Unit and corpus tests: happy-dom, with WXT's fake browser standing in for the extension APIs. */
export default defineConfig({
  plugins: [WxtVitest(), preact(), glossaryPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
