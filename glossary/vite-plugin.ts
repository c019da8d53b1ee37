import type { Plugin } from 'vite';
import { serializeGlossary } from './compile';
import { DATA_DIR, loadGlossary } from './load';

const COMPILED = 'virtual:glossary/compiled';
const ENTRIES = 'virtual:glossary/entries';

/**
 * Serves the glossary to the bundles: the compact matching data to the content script, the full
 * entries to the background. Invalid data stop the build with the check's messages. JSON.parse of a
 * string is the cheapest way for the engine to load a large literal.
 */
export function glossaryPlugin(): Plugin {
  return {
    name: 'context-cards-glossary',
    resolveId(id) {
      return id === COMPILED || id === ENTRIES ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${COMPILED}` && id !== `\0${ENTRIES}`) return undefined;
      this.addWatchFile(DATA_DIR);
      const entries = loadGlossary();
      // The content script parses the compiled glossary itself, inside its start-up measure.
      if (id === `\0${COMPILED}`) {
        return `export default ${JSON.stringify(serializeGlossary(entries, { rules: false }))};`;
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});`;
    },
  };
}
