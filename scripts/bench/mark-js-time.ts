import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../tests/e2e/browsers';

let source: string | undefined;

/**
 * Puts mark.js 8.11.1 into the page. The UMD file goes in through addScriptTag with `define`, `module`
 * and `exports` shadowed: a page with an AMD loader (several corpus pages have one) would otherwise
 * take Mark for itself.
 */
export async function addMarkJs(page: Page): Promise<void> {
  source ??= readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  await page.addScriptTag({
    content: `(function (define, module, exports) {\n${source}\n}).call(window);`,
  });
}

/**
 * mark.js 8.11.1 marking `words` in the page as it is: `new Mark(document.body).mark(words,
 * { separateWordSearch: false, accuracy: 'exactly', done })`, timed with performance.now() in the page
 * from the call to `done`. Changes the DOM, so a page is good for one run.
 */
export async function markJsTime(
  page: Page,
  words: readonly string[],
): Promise<{ ms: number; marks: number }> {
  await addMarkJs(page);
  // Function-valued locals and properties are avoided inside: tsx names them through a helper that
  // the page does not have. `done` is the promise's resolve; the time is read in its reaction.
  return page.evaluate(
    (list) => {
      interface MarkInstance {
        mark(words: string[], options: object): void;
      }
      const Mark = (window as unknown as { Mark?: new (ctx: Element) => MarkInstance }).Mark;
      if (!Mark) throw new Error('mark.js did not load');
      const start = performance.now();
      return new Promise<number>((done) => {
        new Mark(document.body).mark(list, { separateWordSearch: false, accuracy: 'exactly', done });
      }).then((marks) => ({ ms: performance.now() - start, marks }));
    },
    [...words],
  );
}
