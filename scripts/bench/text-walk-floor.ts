import type { Page } from 'puppeteer-core';
import { median } from './median';

export interface TextWalkFloor {
  /**
   * Median, ms, of first passes each in a fresh isolated world: what touching the text costs a
   * content script, which runs in such a world and meets every node there for the first time. The
   * budget compares the scan with this.
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
 * The least any scan of this page can cost: a bare TreeWalker over the body's text nodes reading each
 * node's data (lengths summed and returned so the reads cannot be dropped), timed inside the page,
 * both in fresh isolated worlds (as a content script meets the page) and in the page's own world.
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
  const cdp = await page.createCDPSession();
  const isolatedRuns: number[] = [];
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    for (let i = 0; i < runs; i++) {
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `floor-${i}`,
      });
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `(() => {
          const start = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let chars = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
          return [performance.now() - start, chars];
        })()`,
        contextId: executionContextId,
        returnByValue: true,
      });
      isolatedRuns.push((result.value as [number, number])[0]);
    }
  } finally {
    await cdp.detach();
  }
  return {
    ms: median(isolatedRuns),
    isolatedRuns,
    mainMs: median(times),
    runs: times,
    textNodes: results[0]?.nodes ?? 0,
    chars: results[0]?.chars ?? 0,
  };
}
