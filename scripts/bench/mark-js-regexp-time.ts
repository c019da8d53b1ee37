import type { Page } from 'puppeteer-core';
import { addMarkJs } from './mark-js-time';

/**
 * mark.js marking the extension's whole word list in one pass, its fastest way to mark many words:
 * `markRegExp` with every form in one alternation, longest first, between non-letters, case aside
 * (as `mark` is by default). Not a budget: it says what mark.js costs when it is given the job the
 * extension does, beside the bench's mark.js figure, which gets only the words the scan found.
 * Changes the DOM, so a page is good for one run.
 */
export async function markJsRegExpTime(
  page: Page,
  forms: readonly string[],
): Promise<{ ms: number; marks: number }> {
  await addMarkJs(page);
  const escaped = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const source = `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`;
  return page.evaluate((pattern) => {
    interface MarkInstance {
      markRegExp(regexp: RegExp, options: object): void;
    }
    const Mark = (window as unknown as { Mark?: new (ctx: Element) => MarkInstance }).Mark;
    if (!Mark) throw new Error('mark.js did not load');
    const start = performance.now();
    return new Promise<number>((done) => {
      new Mark(document.body).markRegExp(new RegExp(pattern, 'giu'), { done });
    }).then((marks) => ({ ms: performance.now() - start, marks }));
  }, source);
}
