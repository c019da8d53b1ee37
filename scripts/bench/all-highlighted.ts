import type { Page } from 'puppeteer-core';

/** Where the ranges found are left in the page, for hoverHitTimes to cycle through. */
export const TARGETS_KEY = '__contextCardsBenchTargets';

/**
 * Every term the extension underlines in the page, read as a reader would meet them: the extension
 * registers underlines only near the viewport, so the page is scrolled from top to bottom, two
 * screens at a time, and what CSS.highlights holds at each stop is collected.
 */
export async function allHighlighted(page: Page): Promise<string[]> {
  return page.evaluate(async (key) => {
    const found = new Map<string, Range>();
    const ids = new WeakMap<Node, number>();
    let next = 0;
    const id = (node: Node) => {
      let n = ids.get(node);
      if (n === undefined) {
        n = next++;
        ids.set(node, n);
      }
      return n;
    };
    const frames = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
    for (let y = 0; ; y += 2 * innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await frames();
      await frames();
      for (const r of CSS.highlights.get('context-cards') ?? []) {
        const k = `${id(r.startContainer)}:${r.startOffset}`;
        if (found.has(k)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        found.set(k, range);
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    const ranges = [...found.values()];
    (window as unknown as Record<string, Range[]>)[key] = ranges;
    return ranges.map((range) => range.toString());
  }, TARGETS_KEY);
}
