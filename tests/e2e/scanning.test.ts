import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type Launched, launch } from './browsers';
import { highlightedTexts, waitForScan } from './page-helpers';
import { PAGES, type PageServer, startServer } from './server';

function highlightCount(page: Page, n: number): Promise<unknown> {
  return page.waitForFunction(
    (want) => (CSS.highlights.get('context-cards')?.size ?? 0) === want,
    {
      timeout: 10_000,
      polling: 50,
    },
    n,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('scanning in %s', (name) => {
  let server: PageServer;
  let launched: Launched;

  beforeAll(async () => {
    server = await startServer();
    launched = await launch(name);
  });

  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  /** Opens markup.html (with `query`) and checks its underlines against markup.expected.json. */
  async function expectMarkupHighlights(query = ''): Promise<Page> {
    const expected = JSON.parse(readFileSync(join(PAGES, 'markup.expected.json'), 'utf8')) as {
      highlighted: string[];
    };
    const page = await launched.browser.newPage();
    await page.goto(server.url(`/markup.html${query}`));
    await waitForScan(page);
    await highlightCount(page, expected.highlighted.length);
    expect((await highlightedTexts(page)).sort()).toEqual([...expected.highlighted].sort());
    return page;
  }

  test('markup.html: phrases across inline markup, case rules, languages, and what is skipped', async () => {
    await (await expectMarkupHighlights()).close();
  });

  test('markup.html under a page policy that forbids WebAssembly: the same terms, found without the prefilter where the browser applies it', async () => {
    const page = await expectMarkupHighlights('?csp=strict');
    const prefiltered = await page.evaluate(
      () => (performance.getEntriesByName('context-cards:scan')[0] as PerformanceMeasure).detail.prefiltered,
    );
    // Chromium applies the page's policy to WebAssembly in the content script's world; Firefox does not.
    expect(prefiltered).toBe(name === 'firefox');
    await page.close();
  });

  test('live.html: content added later is scanned, and highlights of removed text are dropped', async () => {
    const page = await launched.browser.newPage();
    await page.goto(server.url('/live.html'));
    await waitForScan(page);
    expect(await highlightedTexts(page)).toEqual([]);

    const posts = [
      'A battalion of paratroopers has landed near the border.',
      'NATO says the brigade will stay until spring.',
      'Weather: sunny spells in the afternoon.',
    ];
    await page.evaluate((texts) => {
      for (const text of texts) (window as unknown as { post: (t: string) => void }).post(text);
    }, posts);
    await highlightCount(page, 3);
    expect((await highlightedTexts(page)).sort()).toEqual(['NATO', 'battalion', 'brigade']);

    await page.evaluate(
      (text) => (window as unknown as { retract: (t: string) => void }).retract(text),
      posts[0] as string,
    );
    await highlightCount(page, 2);
    expect((await highlightedTexts(page)).sort()).toEqual(['NATO', 'brigade']);

    await page.evaluate(() =>
      (window as unknown as { edit: (t: string) => void }).edit('Live: the army chief meets NATO ministers.'),
    );
    await highlightCount(page, 4);
    const scans = await page.evaluate(() =>
      performance
        .getEntriesByName('context-cards:scan')
        .map((m) => (m as PerformanceMeasure).detail.textNodes),
    );
    // Each later pass covers only the new or changed blocks, not the page: three posts, then one edit.
    expect(Math.max(...scans.slice(1))).toBeLessThanOrEqual(posts.length);
    expect(scans.at(-1)).toBe(1);
    await page.close();
  });
});
