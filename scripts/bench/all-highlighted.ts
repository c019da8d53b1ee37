import type { Page } from 'puppeteer-core';

/** Where the ranges found are left in the page, for hoverHitTimes to cycle through. */
export const TARGETS_KEY = '__contextCardsBenchTargets';

/**
 * Every term the extension underlines in the page, read as a reader would meet them: the extension
 * registers underlines only near the viewport, so the page is scrolled from top to bottom, two
 * screens at a time, and what CSS.highlights holds at each stop is collected.
 */
export async function allHighlighted(page: Page): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper that the page does not have.
  return page.evaluate(async (key) => {
    const found = new Map<Node, Map<number, Range>>();
    for (let y = 0; ; y += 2 * innerHeight) {
      window.scrollTo({ top: y, behavior: 'instant' });
      for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const r of CSS.highlights.get('context-cards') ?? []) {
        let byOffset = found.get(r.startContainer);
        if (!byOffset) {
          byOffset = new Map();
          found.set(r.startContainer, byOffset);
        }
        if (byOffset.has(r.startOffset)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        byOffset.set(r.startOffset, range);
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    const ranges = [...found.values()].flatMap((byOffset) => [...byOffset.values()]);
    (window as unknown as Record<string, Range[]>)[key] = ranges;
    return ranges.map((range) => range.toString());
  }, TARGETS_KEY);
}
