import type { Browser, Page } from 'puppeteer-core';
import { blockRemoteRequests } from './block-remote-requests';

/**
 * A new tab for a bench page: remote requests fail at once, dialogs are dismissed, the page's CSP is
 * bypassed (for mark.js), and `before` runs ahead of navigation (for evaluateOnNewDocument hooks).
 */
export async function openBenchPage(
  browser: Browser,
  url: string,
  before?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.setBypassCSP(true);
  await blockRemoteRequests(page);
  await before?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  return page;
}
