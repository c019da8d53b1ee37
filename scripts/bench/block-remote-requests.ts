import type { Page } from 'puppeteer-core';

/**
 * Fails every http(s) request that is not for 127.0.0.1 at once. There is no network here anyway;
 * without this, corpus pages wait seconds on remote scripts and fonts before they count as loaded.
 */
export async function blockRemoteRequests(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    const remote = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1';
    if (remote) void request.abort('blockedbyclient');
    else void request.continue();
  });
}
