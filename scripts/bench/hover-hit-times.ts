import type { Page } from 'puppeteer-core';
import { TARGETS_KEY } from './all-highlighted';

export interface HoverHitTimes {
  moves: number;
  /** Durations of the 'context-cards:hit' measures the moves caused, ms. */
  samples: number[];
  /** Highlighted ranges with a box on screen, which the moves cycle through. */
  targets: number;
}

const KEY = TARGETS_KEY;

/**
 * Moves the mouse `moves` times onto highlighted text, cycling through the terms of CSS.highlights:
 * each target is scrolled to the middle of the viewport, the point is taken from the range's first
 * client rect (a different spot along it each time, so no two consecutive moves land on the same pixel),
 * and two animation frames pass before the next move, as the hover code tests once per frame.
 */
export async function hoverHitTimes(page: Page, moves: number): Promise<HoverHitTimes> {
  const targets = await page.evaluate((key) => {
    // The ranges allHighlighted() collected, or else those underlined now.
    const collected = (window as unknown as Record<string, Range[] | undefined>)[key];
    const ranges = (
      collected ??
      [...(CSS.highlights.get('context-cards') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      })
    ).filter((range) => [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0));
    (window as unknown as Record<string, Range[]>)[key] = ranges;
    return ranges.length;
  }, KEY);
  if (targets === 0) return { moves: 0, samples: [], targets };

  const before = await page.evaluate(() => performance.getEntriesByName('context-cards:hit').length);
  for (let i = 0; i < moves; i++) {
    const point = await page.evaluate(
      (key, n) => {
        const ranges = (window as unknown as Record<string, Range[]>)[key] as Range[];
        const range = ranges[n % ranges.length] as Range;
        range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        const box = range.getBoundingClientRect();
        window.scrollBy({ top: box.top - innerHeight / 2, behavior: 'instant' });
        const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
        if (!rect) return undefined;
        const along = 0.15 + 0.7 * (((n * 7) % 11) / 10);
        return { x: rect.left + rect.width * along, y: rect.top + rect.height / 2 };
      },
      KEY,
      i,
    );
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
  }
  const samples = await page.evaluate(
    (from) =>
      performance
        .getEntriesByName('context-cards:hit')
        .slice(from)
        .map((e) => e.duration),
    before,
  );
  await page.mouse.move(1, 1);
  return { moves, samples, targets };
}
