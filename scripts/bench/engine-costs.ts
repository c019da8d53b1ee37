import type { Browser } from 'puppeteer-core';
import { firstScan } from './first-scan';
import { openBenchPage } from './open-bench-page';
import { traceMainThread } from './trace-main-thread';

export interface EngineCosts {
  /** The first scan's busy time in this load, which the 'v8' trace category slows down. */
  busy: number;
  /** Of it, ms: compiling the content script's functions on their first call, and garbage collection. */
  compile: number;
  gc: number;
}

/**
 * What a first scan pays the engine for being first: one more load, traced with V8's own events. A
 * bare TreeWalker pass compiles a few lines; the scan compiles every function it calls, once per
 * page, and no later pass does. The figures say how much of a first scan that is.
 */
export async function engineCosts(browser: Browser, url: string): Promise<EngineCosts | null> {
  let trace: Awaited<ReturnType<typeof traceMainThread>> | undefined;
  const page = await openBenchPage(browser, url, async (p) => {
    trace = await traceMainThread(p, { v8: true });
  });
  try {
    const { scan } = await firstScan(page);
    await new Promise((done) => setTimeout(done, 200));
    const engine = (await trace?.stop())?.engineDuring('context-cards:scan');
    return engine ? { busy: scan.busy, ...engine } : null;
  } finally {
    await page.close();
  }
}
