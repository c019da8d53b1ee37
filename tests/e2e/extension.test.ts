import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_TERMS } from '../fixtures/seed-terms';
import { type BrowserName, type Launched, launch, openExtensionPage, ROOT } from './browsers';
import {
  cardText,
  domWithoutHost,
  highlightedTexts,
  termCentre,
  waitForCard,
  waitForScan,
} from './page-helpers';
import { type PageServer, startServer } from './server';

const SCREENSHOTS = join(ROOT, '.output/screenshots');

/** The id of the tab showing `url`, asked from an extension page (only tabs with our script answer). */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    interface TabsApi {
      tabs: {
        query(query: object): Promise<Array<{ id?: number }>>;
        sendMessage(id: number, message: unknown): Promise<unknown>;
      };
    }
    const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = (scope.browser ?? scope.chrome) as TabsApi;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const status = (await api.tabs.sendMessage(tab.id, { type: 'status' })) as
          | { host: string }
          | undefined;
        if (status && new URL(wanted).hostname === status.host) return tab.id;
      } catch {
        // No content script in that tab.
      }
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab with the content script shows ${url}`);
  return id;
}

describe.each<BrowserName>(['chromium', 'firefox'])('the built extension in %s', (name) => {
  let server: PageServer;
  let launched: Launched;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer();
    launched = await launch(name);
    page = await launched.browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url('/seed.html'));
    await waitForScan(page);
  });

  afterAll(async () => {
    await launched?.browser.close();
    await server?.close();
  });

  test('underlines every defence term of the seed article', async () => {
    // Underlines are registered as their elements come near the viewport, a frame after the scan.
    await page.waitForFunction(
      (n) => (CSS.highlights.get('context-cards')?.size ?? 0) >= n,
      { timeout: 10_000, polling: 100 },
      SEED_TERMS.length,
    );
    const texts = await highlightedTexts(page);
    for (const term of SEED_TERMS) expect(texts, term).toContain(term);
    // "een allereerste groep die altijd paraat staat" is a group, not a squad.
    expect(texts).not.toContain('groep');
    const [measure] = await page.evaluate(() =>
      performance.getEntriesByName('context-cards:scan').map((m) => (m as PerformanceMeasure).detail),
    );
    expect(measure.matches).toBe(texts.length);
    expect(measure.textNodes).toBeGreaterThan(5);
  });

  test('resting on a term opens its card with definition and size; moving away closes it', async () => {
    const { x, y } = await termCentre(page, 'bataljon');
    await page.mouse.move(x, y);
    await waitForCard(page, true);
    const text = await cardText(page);
    expect(text).toMatch(/bataljon/i);
    expect(text).toContain('compagnie');
    expect(text).toMatch(/\d{3}–\d\.\d{3} militairen/);
    await page.screenshot({ path: join(SCREENSHOTS, `card-${name}.png`) });
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
  });

  test('the card stays open while the pointer is on it, and Escape closes it', async () => {
    const { x, y } = await termCentre(page, 'compagnie');
    await page.mouse.move(x, y);
    await waitForCard(page, true);
    const box = await page.evaluate(() => {
      const card = document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]');
      const rect = card?.getBoundingClientRect();
      return rect && { x: rect.left + 20, y: rect.top + 20 };
    });
    if (!box) throw new Error('no card box');
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await new Promise((done) => setTimeout(done, 700));
    expect(await cardText(page)).toMatch(/compagnie/i);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  test('does not open a card where the pointer is off the terms', async () => {
    await page.mouse.move(640, 890);
    await new Promise((done) => setTimeout(done, 600));
    expect(await cardText(page)).toBeUndefined();
  });

  test('leaves the page DOM as it was, but for its one UI host', async () => {
    const plain = await launch(name, { extension: false });
    try {
      const reference = await plain.browser.newPage();
      await reference.goto(server.url('/seed.html'));
      const expected = await domWithoutHost(reference);
      expect(await domWithoutHost(page)).toBe(expected);
      const added = await page.evaluate(() => document.querySelectorAll('context-cards-ui').length);
      expect(added).toBe(1);
    } finally {
      await plain.browser.close();
    }
  });

  test('the popup switch removes every highlight from the open tab and brings them back', async () => {
    const probe = await openExtensionPage(launched, 'popup.html');
    const tab = await tabIdOf(probe, server.url('/seed.html'));
    await probe.close();
    const popup = await openExtensionPage(launched, `popup.html?tab=${tab}`);
    await popup.waitForSelector('[role="switch"]');
    const everywhere = async () => (await popup.$$('[role="switch"]'))[0];
    const before = (await highlightedTexts(page)).length;
    // The reader looks back at the page: underlines follow the viewport, which a hidden tab has not.
    const restored = async () => {
      await page.bringToFront();
      await page.waitForFunction(
        (n) => CSS.highlights.get('context-cards')?.size === n,
        { timeout: 10_000, polling: 100 },
        before,
      );
      await popup.bringToFront();
    };
    expect(await (await everywhere())?.evaluate((b) => b.getAttribute('aria-checked'))).toBe('true');

    await (await everywhere())?.click();
    await page.waitForFunction(() => !CSS.highlights.has('context-cards'), { timeout: 10_000, polling: 100 });
    expect(await highlightedTexts(page)).toEqual([]);

    await (await everywhere())?.click();
    await restored();
    expect(await highlightedTexts(page)).toContain('bataljon');

    const siteSwitch = (await popup.$$('[role="switch"]'))[1];
    expect(await siteSwitch?.evaluate((b) => b.textContent)).toContain('127.0.0.1');
    await siteSwitch?.click();
    await page.waitForFunction(() => !CSS.highlights.has('context-cards'), { timeout: 10_000, polling: 100 });
    await siteSwitch?.click();
    await restored();

    await popup.waitForSelector('button.term');
    const names = await popup.$$eval('button.term .term-name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('bataljon');
    await popup.click('button.term[data-id="battalion"]');
    await waitForCard(page, true);
    expect(await cardText(page)).toMatch(/bataljon/i);
    await popup.close();
  });

  test('the page console shows no error', () => {
    expect(errors).toEqual([]);
  });
});
