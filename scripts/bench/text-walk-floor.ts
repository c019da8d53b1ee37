import type { Page } from 'puppeteer-core';
import { median } from './median';

export interface TextWalkFloor {
  /** Median of the runs, ms. */
  ms: number;
  runs: number[];
  textNodes: number;
  chars: number;
}

/**
 * The least any scan of this page can cost: a bare TreeWalker over the body's text nodes reading each
 * node's data (lengths summed and returned so the reads cannot be dropped), timed inside the page.
 */
export async function textWalkFloor(page: Page, runs = 5): Promise<TextWalkFloor> {
  const results = await page.evaluate((count) => {
    const out: Array<{ ms: number; nodes: number; chars: number }> = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let nodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes++;
        chars += (node as Text).data.length;
      }
      out.push({ ms: performance.now() - start, nodes, chars });
    }
    return out;
  }, runs);
  const times = results.map((r) => r.ms);
  return { ms: median(times), runs: times, textNodes: results[0]?.nodes ?? 0, chars: results[0]?.chars ?? 0 };
}
