import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DataFile } from '../../glossary/schema';
import { type BrowserName, type Launched, launch } from '../e2e/browsers';
import { highlightedTexts } from '../e2e/page-helpers';
import { bundleHarness } from './bundle';

const PAGE = join(import.meta.dirname, 'pages/layout.html');
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, 'pages/layout.expected.json'), 'utf8'),
) as {
  runs: string[];
  terms: number;
  nearViewport: string[];
};

function entry(id: string, forms: string[]) {
  const term = { name: id, forms, definition: `About ${id}.` };
  return {
    id,
    category: 'unit',
    terms: { nl: term, en: term, de: term, fr: term },
    sources: [`https://example.org/${id}`],
  };
}
const ENTRIES = DataFile.parse([
  entry('battalion', ['battalion']),
  entry('brigade', ['brigade']),
  entry('nrf', ['NATO Response Force']),
]);

interface Harness {
  setUp(entries: unknown): { scan(): number; termAt(x: number, y: number): { entry: number } | undefined };
  collectRuns(root: Node, lang: string): Array<{ text: string }>;
}
declare const contextCards: Harness;
declare let lab: ReturnType<Harness['setUp']>;

/** The centre of the i-th client rect of the first occurrence of `text` in element `id`. */
function rectOf(page: Page, id: string, text: string, rect = 0) {
  return page.evaluate(
    (elId, wanted, n) => {
      const el = document.getElementById(elId) as HTMLElement;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
      const full = nodes.map((t) => t.data).join('');
      const at = full.indexOf(wanted);
      const range = document.createRange();
      let offset = 0;
      for (const t of nodes) {
        if (at >= offset && at < offset + t.data.length) range.setStart(t, at - offset);
        const end = at + wanted.length;
        if (end > offset && end <= offset + t.data.length) range.setEnd(t, end - offset);
        offset += t.data.length;
      }
      const r = range.getClientRects()[n] as DOMRect;
      return {
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
        left: r.left,
        right: r.right,
        count: range.getClientRects().length,
      };
    },
    id,
    text,
    rect,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('content-script modules in %s', (name) => {
  let launched: Launched;
  let page: Page;

  beforeAll(async () => {
    const code = await bundleHarness();
    launched = await launch(name, { extension: false });
    page = await launched.browser.newPage();
    await page.setContent(readFileSync(PAGE, 'utf8'));
    await page.addScriptTag({ content: code });
    await page.evaluate(
      (entries) => {
        (globalThis as unknown as { lab: unknown }).lab = contextCards.setUp(entries);
      },
      ENTRIES as unknown as object,
    );
  });

  afterAll(async () => {
    await launched?.browser.close();
  });

  test('collectRuns reads one run per block, across inline markup', async () => {
    const runs = await page.evaluate(() =>
      contextCards.collectRuns(document.body, 'en').map((run) => run.text.replace(/\s+/g, ' ').trim()),
    );
    expect(runs).toEqual(expected.runs);
  });

  test('terms are underlined only near the viewport, and as the reader scrolls to them', async () => {
    expect(await page.evaluate(() => lab.scan())).toBe(expected.terms);
    await page.waitForFunction(
      (n) => CSS.highlights.get('context-cards')?.size === n,
      { polling: 50 },
      expected.nearViewport.length,
    );
    expect((await highlightedTexts(page)).sort()).toEqual([...expected.nearViewport].sort());
    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await page.waitForFunction(
      (n) => (CSS.highlights.get('context-cards')?.size ?? 0) > n,
      { polling: 50 },
      0,
    );
    await page.waitForFunction(
      () => {
        const texts = [...(CSS.highlights.get('context-cards') ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
        return texts.includes('battalion') && texts.length <= 2;
      },
      { polling: 50 },
    );
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('the hit test finds a term under the pointer, on every line of it, and nothing beside it', async () => {
    const brigade = await rectOf(page, 'one', 'brigade');
    expect(await page.evaluate((x, y) => lab.termAt(x, y) !== undefined, brigade.x, brigade.y)).toBe(true);
    // Left margin of the same line: the caret snaps to the line's first letter, the rects say no.
    expect(await page.evaluate((y) => lab.termAt(10, y), brigade.y)).toBeUndefined();
    const phrase = await rectOf(page, 'wrap', 'NATO Response Force');
    expect(phrase.count).toBeGreaterThan(1);
    for (let i = 0; i < phrase.count; i++) {
      const part = await rectOf(page, 'wrap', 'NATO Response Force', i);
      expect(await page.evaluate((x, y) => lab.termAt(x, y) !== undefined, part.x, part.y)).toBe(true);
    }
    // Just past the end of the phrase's last line.
    const last = await rectOf(page, 'wrap', 'NATO Response Force', phrase.count - 1);
    expect(await page.evaluate((x, y) => lab.termAt(x, y), last.right + 60, last.y)).toBeUndefined();
  });
});
