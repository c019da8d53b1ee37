import type { Page } from 'puppeteer-core';
import { median } from './median';

/**
 * JavaScript heap in use by the page's isolate (main world and the content script's isolated world
 * alike), in bytes, after forced garbage collection: the median of three readings.
 */
export async function heapUsed(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  try {
    const readings: number[] = [];
    for (let i = 0; i < 3; i++) {
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      readings.push(usedSize);
    }
    return median(readings);
  } finally {
    await session.detach();
  }
}
