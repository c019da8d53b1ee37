import type { Page } from 'puppeteer-core';

export interface LongTasks {
  /** The longest main-thread task overlapping [start, end] (page time, ms): its length (0 if none) and start. */
  longestIn(start: number, end: number): Promise<{ duration: number; start: number | null }>;
}

const KEY = '__contextCardsBenchLongTasks';

/**
 * Records the page's long tasks with a 'longtask' PerformanceObserver installed before any script of
 * the page or the extension runs (evaluateOnNewDocument). It sees the content script's injection task
 * (the start-up) but not its scan slices, which Chromium runs as promise reactions and
 * scheduler.yield() continuations without attributing them to the page: trace-main-thread.ts is what
 * the budget relies on, this is kept for comparison.
 */
export async function watchLongTasks(page: Page): Promise<LongTasks> {
  await page.evaluateOnNewDocument((key) => {
    const tasks: Array<[number, number]> = [];
    Object.defineProperty(window, key, { value: tasks, enumerable: false });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }, KEY);
  return {
    longestIn: (start, end) =>
      page.evaluate(
        (key, from, to) => {
          const tasks = ((window as unknown as Record<string, Array<[number, number]>>)[key] ?? [])
            .filter(([s, d]) => s <= to && s + d >= from)
            .sort((a, b) => b[1] - a[1]);
          const [longest] = tasks;
          return longest ? { duration: longest[1], start: longest[0] } : { duration: 0, start: null };
        },
        KEY,
        start,
        end,
      ),
  };
}
