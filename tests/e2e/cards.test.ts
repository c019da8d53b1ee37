import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, type Launched, launch } from './browsers';
import { cardText, termCentre, waitForCard, waitForScan } from './page-helpers';
import { PAGES, type PageServer, startServer } from './server';

interface Expected {
  cards: Array<{ term: string; contains: string[] }>;
}

const expected = JSON.parse(readFileSync(join(PAGES, 'cards.expected.json'), 'utf8')) as Expected;

describe.each<BrowserName>(['chromium', 'firefox'])('cards of a weapon, a rank and a unit in %s', (name) => {
  let server: PageServer;
  let launched: Launched;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    launched = await launch(name);
    page = await launched.browser.newPage();
    await page.goto(server.url('/cards.html'));
    await waitForScan(page);
  });

  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  // The card speaks the page's language (Dutch here), also for a German paragraph's "Kompanie".
  test.each(expected.cards)('$term', async ({ term, contains }) => {
    await page.waitForFunction(
      (t) =>
        [...(CSS.highlights.get('context-cards') ?? [])].some((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString() === t;
        }),
      { timeout: 10_000, polling: 100 },
      term,
    );
    const { x, y } = await termCentre(page, term);
    await page.mouse.move(x, y);
    await waitForCard(page, true);
    const text = (await cardText(page)) ?? '';
    for (const part of contains) expect(text).toContain(part);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });
});
