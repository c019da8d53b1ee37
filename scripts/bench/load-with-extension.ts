import type { Browser, Page } from 'puppeteer-core';
import { type FirstScan, firstScan } from './first-scan';
import { openBenchPage } from './open-bench-page';
import { type LongTask, traceMainThread } from './trace-main-thread';
import { watchLongTasks } from './watch-long-tasks';

export interface ExtensionLoad extends FirstScan {
  page: Page;
  /** Main-thread tasks of 50 ms or more overlapping the first scan, longest first (trace); undefined: no trace. */
  longTasks: LongTask[] | undefined;
  /** The same from the 'longtask' PerformanceObserver (blind to the scan's slices). */
  observedLongTask: number;
  /** Longest main-thread task overlapping the start-up measure, from the trace. */
  startupLongTask: number;
}

/** The longest of some tasks: 0 for none, NaN when they could not be read. */
export function longest(tasks: LongTask[] | undefined): number {
  return tasks ? (tasks[0]?.duration ?? 0) : Number.NaN;
}

/**
 * Opens `url` in a new tab of a browser with the extension, traced from before navigation, waits for
 * the first scan and `settleMs` more, and reads the scan, the start-up and the long tasks. The tab is
 * left open for further measurements.
 */
export async function loadWithExtension(
  browser: Browser,
  url: string,
  settleMs: number,
): Promise<ExtensionLoad> {
  let longTasks: Awaited<ReturnType<typeof watchLongTasks>> | undefined;
  let trace: Awaited<ReturnType<typeof traceMainThread>> | undefined;
  const page = await openBenchPage(browser, url, async (p) => {
    longTasks = await watchLongTasks(p);
    trace = await traceMainThread(p);
  });
  const { scan, ready } = await firstScan(page);
  await new Promise((done) => setTimeout(done, settleMs));
  const traced = await trace?.stop();
  const observed = await longTasks?.longestIn(scan.start, scan.start + scan.duration);
  return {
    page,
    scan,
    ready,
    longTasks: traced?.longTasksDuring('context-cards:scan'),
    observedLongTask: observed?.duration ?? Number.NaN,
    startupLongTask: longest(traced?.longTasksDuring('context-cards:ready')),
  };
}
