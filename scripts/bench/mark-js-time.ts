import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../tests/e2e/browsers';

let source: string | undefined;

/**
 * mark.js 8.11.1 marking `words` in the page as it is: `new Mark(document.body).mark(words,
 * { separateWordSearch: false, accuracy: 'exactly', done })`, timed with performance.now() in the page
 * from the call to `done`. Changes the DOM, so a page is good for one run.
 *
 * The UMD file goes in through addScriptTag with `define`, `module` and `exports` shadowed: a page with
 * an AMD loader (several corpus pages have one) would otherwise take Mark for itself.
 */
export async function markJsTime(
  page: Page,
  words: readonly string[],
): Promise<{ ms: number; marks: number }> {
  source ??= readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  await page.addScriptTag({
    content: `(function (define, module, exports) {\n${source}\n}).call(window);`,
  });
  return page.evaluate(
    (list) =>
      new Promise<{ ms: number; marks: number }>((resolve, reject) => {
        const Mark = (window as unknown as { Mark?: new (ctx: Element) => MarkInstance }).Mark;
        interface MarkInstance {
          mark(words: string[], options: object): void;
        }
        if (!Mark) {
          reject(new Error('mark.js did not load'));
          return;
        }
        const start = performance.now();
        new Mark(document.body).mark(list, {
          separateWordSearch: false,
          accuracy: 'exactly',
          done: (marks: number) => resolve({ ms: performance.now() - start, marks }),
        });
      }),
    [...words],
  );
}
