import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'context-cards@example.org';
const FIREFOX_UUID = '6b1c1c4e-3d1f-4a53-9a55-3c1a1f0c0c0c';

export interface Launched {
  browser: Browser;
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionBase: string;
}

export async function launch(
  name: BrowserName,
  options: {
    extension?: boolean;
    /** Another Chromium build of the extension (default .output/chrome-mv3). */
    chromiumExtension?: string;
  } = {},
): Promise<Launched> {
  const withExtension = options.extension ?? true;
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      ...(withExtension && {
        enableExtensions: [resolve(ROOT, options.chromiumExtension ?? '.output/chrome-mv3')],
      }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--window-size=1280,900',
      ],
      defaultViewport: { width: 1280, height: 900 },
    });
    let extensionBase = '';
    if (withExtension) {
      const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
      extensionBase = `chrome-extension://${new URL(worker.url()).host}`;
    }
    return { browser, name, extensionBase };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  if (withExtension) await browser.installExtension(resolve(ROOT, '.output/firefox-mv2'));
  return { browser, name, extensionBase: `moz-extension://${FIREFOX_UUID}` };
}

/** Opens an extension page. Firefox never reports such a navigation complete, so wait for the page. */
export async function openExtensionPage(launched: Launched, path: string): Promise<Page> {
  const page = await launched.browser.newPage();
  const url = `${launched.extensionBase}/${path}`;
  if (launched.name === 'firefox') {
    void page.goto(url).catch(() => undefined);
    await page.waitForFunction(
      () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
      { timeout: 15_000 },
    );
  } else {
    await page.goto(url);
  }
  return page;
}
