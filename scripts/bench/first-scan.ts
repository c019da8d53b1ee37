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
  /** Whether the WebAssembly prefilter chose where to match (false: every word was read). */
  prefiltered: boolean;
}

export interface FirstScan {
  scan: ScanMeasure;
  /** The content script's 'context-cards:ready' measure (glossary parse + matcher). */
  ready: { start: number; duration: number };
}

/** Every scan pass the page has measured, in order, read in the page and shaped here. */
export async function scanMeasures(page: Page): Promise<ScanMeasure[]> {
  const raw = await page.evaluate(() =>
    performance.getEntriesByName('context-cards:scan').map((e) => ({
      start: e.startTime,
      duration: e.duration,
      detail: (e as PerformanceMeasure).detail as Record<string, number | boolean | undefined>,
    })),
  );
  return raw.map(({ start, duration, detail }) => ({
    start,
    duration,
    busy: Number(detail.busy ?? Number.NaN),
    matches: Number(detail.matches ?? 0),
    textNodes: Number(detail.textNodes ?? 0),
    runs: Number(detail.runs ?? 0),
    judged: Number(detail.judged ?? 0),
    kept: Number(detail.kept ?? 0),
    prefiltered: detail.prefiltered === true,
  }));
}

/** Waits for the content script's first scan pass and reads it and the start-up measure. */
export async function firstScan(page: Page, timeout = 60_000): Promise<FirstScan> {
  await page.waitForFunction(() => performance.getEntriesByName('context-cards:scan').length >= 1, {
    timeout,
    polling: 50,
  });
  const [scan] = await scanMeasures(page);
  const ready = await page.evaluate(() => {
    const entry = performance.getEntriesByName('context-cards:ready')[0];
    return { start: entry?.startTime ?? Number.NaN, duration: entry?.duration ?? Number.NaN };
  });
  return { scan: scan as ScanMeasure, ready };
}
