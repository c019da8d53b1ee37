import type { Page } from 'puppeteer-core';

/** What the content script has underlined, read from the page's own CSS.highlights. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('context-cards');
    return highlight
      ? [...highlight].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
      : [];
  });
}

/** Waits until at least `count` scan passes have ended. */
export async function waitForScan(page: Page, count = 1): Promise<void> {
  await page.waitForFunction(
    (n) => performance.getEntriesByName('context-cards:scan').length >= n,
    { timeout: 15_000, polling: 100 },
    count,
  );
}

/** The centre of the first rectangle of the `nth` highlighted occurrence of `text`. */
export async function termCentre(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (wanted, n) => {
      const highlight = CSS.highlights.get('context-cards');
      const ranges = [...(highlight ?? [])]
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range;
        })
        .filter((range) => range.toString() === wanted)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const range = ranges[n];
      if (!range) return undefined;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : undefined;
    },
    text,
    nth,
  );
  if (!point) throw new Error(`"${text}" is not highlighted`);
  return point;
}

/** The card's text, or undefined while no card is open. */
export function cardText(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ??
      undefined,
  );
}

export async function waitForCard(page: Page, open: boolean, timeout = 5_000): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      Boolean(document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]')) ===
      wanted,
    { timeout, polling: 100 },
    open,
  );
}

/** The page's DOM as markup, without the extension's one host element. */
export function domWithoutHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('context-cards-ui')) host.remove();
    return clone.outerHTML;
  });
}
