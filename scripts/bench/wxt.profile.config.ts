import { defineConfig } from 'wxt';
import base from '../../wxt.config';

/**
 * The extension as wxt.config.ts builds it, but unminified and into .output/bench-profile, so a CPU
 * profile of the content script shows its own function names. Used by `npm run bench -- --profile`.
 */
export default defineConfig({
  ...base,
  outDir: '.output/bench-profile',
  vite: async (env) => {
    const config = (await base.vite?.(env)) ?? {};
    return { ...config, build: { ...config.build, minify: false } };
  },
});
