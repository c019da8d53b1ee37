import type { Browser, Page } from 'puppeteer-core';
import { type ScanMeasure, scanMeasures } from './first-scan';

/**
 * A second scan of the whole page: the extension is switched off and on again through its own setting
 * (chrome.storage.local 'settings', as the popup does), which ends the session and starts a new one
 * that scans document.body again, with compiled code this time. Undefined if the background cannot be
 * reached or no new pass comes within 20 s.
 */
export async function warmRescan(browser: Browser, page: Page): Promise<ScanMeasure | undefined> {
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 10_000 });
    const worker = await target.worker();
    if (!worker) return undefined;
    const set = (enabled: boolean) =>
      worker.evaluate(async (on) => {
        const api = (
          globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
        ).chrome;
        await api.storage.local.set({ settings: { enabled: on, disabledSites: [] } });
      }, enabled);
    const since = await page.evaluate(() => performance.now());
    await set(false);
    await page.waitForFunction(() => !CSS.highlights.has('context-cards'), { timeout: 10_000, polling: 50 });
    await set(true);
    await page.waitForFunction(
      (t) => performance.getEntriesByName('context-cards:scan').some((e) => e.startTime > t),
      { timeout: 20_000, polling: 50 },
      since,
    );
    return (await scanMeasures(page)).find((scan) => scan.start > since);
  } catch {
    return undefined;
  }
}
