import { Highlights } from '../../entrypoints/content/highlights';
import { termAt } from '../../entrypoints/content/hit-test';
import { locate } from '../../entrypoints/content/locate';
import { OnScreen } from '../../entrypoints/content/on-screen';
import { collectRuns } from '../../entrypoints/content/runs';
import { TermIndex } from '../../entrypoints/content/term-index';
import { compileGlossary, parseGlossary, serializeGlossary } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import type { Entry } from '../../glossary/schema';

/**
 * The content script's modules, bundled into a plain page by the browser tests: they run there as
 * in the extension, against real layout, without the extension around them.
 */
function setUp(entries: Entry[]) {
  const matcher = createMatcher(compileGlossary(entries));
  const highlights = new Highlights();
  highlights.attach();
  const onScreen = new OnScreen(highlights, new AbortController().signal);
  const index = new TermIndex({ added: (t) => onScreen.add(t), removed: (t) => onScreen.delete(t) });
  const scan = () => {
    for (const run of collectRuns(document.body, 'en')) {
      for (const m of matcher.match(run.text, run.lang)) {
        const term = locate(run, m);
        if (term) index.add(term);
      }
    }
    return index.size;
  };
  return { index, scan, termAt: (x: number, y: number) => termAt(index, x, y) };
}

Object.assign(globalThis, {
  contextCards: { setUp, collectRuns, parseGlossary, serializeGlossary },
});
