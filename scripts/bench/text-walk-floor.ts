import type { Page } from 'puppeteer-core';
import { median } from './median';

export interface TextWalkFloor {
  /**
   * Median, ms, of passes each in a fresh isolated world, after the scan has read the same text: the
   * cost of touching the text again. (The budget uses firstTouchWalk, on pages nothing has read.)
   */
  ms: number;
  isolatedRuns: number[];
  /** Median, ms, of passes in the page's own world, where the page's scripts have met the nodes. */
  mainMs: number;
  runs: number[];
  textNodes: number;
  chars: number;
}

/**
 * A bare TreeWalker over the body's text nodes reading each node's data (lengths summed and returned
 * so the reads cannot be dropped), timed inside a page whose text has been read already: in fresh
 * isolated worlds and in the page's own world. For reference beside firstTouchWalk.
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
  const isolatedRuns: number[] = [];
  for (let i = 0; i < runs; i++) isolatedRuns.push(await isolatedWalk(page));
  return {
    ms: median(isolatedRuns),
    isolatedRuns,
    mainMs: median(times),
    runs: times,
    textNodes: results[0]?.nodes ?? 0,
    chars: results[0]?.chars ?? 0,
  };
}

const WALK = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return [performance.now() - start, chars];
})()`;

let worlds = 0;

/** One bare TreeWalker pass over the body's text in a new isolated world of the page, in ms. */
export async function isolatedWalk(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `floor-${++worlds}`,
    });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: WALK,
      contextId: executionContextId,
      returnByValue: true,
    });
    return (result.value as [number, number])[0];
  } finally {
    await cdp.detach();
  }
}

/**
 * The floor the budget uses: the same bare pass as the first script to read the page's text, in a
 * fresh load without the extension, once it has loaded and rendered (when the extension's first scan
 * runs). A first reading costs more than a repeat: measured 1.2–2× here, as the engine makes each
 * node's text and object for the first time; the first scan pays that too.
 */
export async function firstTouchWalk(page: Page): Promise<number> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return isolatedWalk(page);
}
