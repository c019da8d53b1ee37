import { join } from 'node:path';
import { build } from 'vite';

/** The harness and the modules it imports as one classic script, for page.addScriptTag. */
export async function bundleHarness(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'harness.ts'), formats: ['iife'], name: 'contextCardsHarness' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('vite did not return a bundle');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('no chunk in the bundle');
  return chunk.code;
}
