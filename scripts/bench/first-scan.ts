import type { Page } from 'puppeteer-core';

export interface ScanMeasure {
  /**
   * Page time (ms) when the pass started, and its length: wall time, including the yields to the page
   * between slices and the wait for the background's judgement of everyday words.
   */
  start: number;
  duration: number;
  /** Main-thread time inside the pass's slices (detail.busy): the duration without the yields. */
  busy: number;
  matches: number;
  textNodes: number;
  runs: number;
  /** Everyday words sent to the background to be judged, and how many stood (0 where not reported). */
  judged: number;
  kept: number;
}

export interface FirstScan {
  scan: ScanMeasure;
  /** The content script's 'context-cards:ready' measure (glossary parse + matcher). */
  ready: { start: number; duration: number };
}

/** Waits for the content script's first scan pass and reads it and the start-up measure. */
export async function firstScan(page: Page, timeout = 60_000): Promise<FirstScan> {
  await page.waitForFunction(() => performance.getEntriesByName('context-cards:scan').length >= 1, {
    timeout,
    polling: 50,
  });
  return page.evaluate(() => {
    const scan = performance.getEntriesByName('context-cards:scan')[0] as PerformanceMeasure;
    const ready = performance.getEntriesByName('context-cards:ready')[0];
    const detail = scan.detail as {
      matches: number;
      textNodes: number;
      runs: number;
      busy: number;
      judged?: number;
      kept?: number;
    };
    return {
      scan: {
        start: scan.startTime,
        duration: scan.duration,
        busy: detail.busy,
        matches: detail.matches,
        textNodes: detail.textNodes,
        runs: detail.runs,
        judged: detail.judged ?? 0,
        kept: detail.kept ?? 0,
      },
      ready: { start: ready?.startTime ?? Number.NaN, duration: ready?.duration ?? Number.NaN },
    };
  });
}
