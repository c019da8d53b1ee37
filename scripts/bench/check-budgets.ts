import type { BenchResults, BudgetResult } from './bench-results';

export const BUDGETS = {
  /** First scan main-thread time (detail.busy) against the bare TreeWalker pass as first reader, on every page. */
  scanPerFloor: 3,
  /** mark.js time / first scan busy, at least, on every page. */
  markPerScan: 20,
  longTaskMs: 50,
  contentGzipBytes: 60 * 1024,
  readyMs: 5,
  hitP95Ms: 1,
  /** Added heap on the eight-fold page. */
  heapBytes: 10 * 1024 * 1024,
  /** Median scan duration of the last five growth batches / that of the first five. */
  growthRatio: 2,
} as const;

/** The page the heap budget applies to. */
export const HEAP_PAGE = 'live blog ×8';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const x = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)}×`;

/** Every budget of the brief against the results; one line per page for the per-page budgets. */
export function checkBudgets(r: Omit<BenchResults, 'budgets'>): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const p of r.pages) {
    out.push({
      budget: `first scan ≤ ${BUDGETS.scanPerFloor}× floor — ${p.name}`,
      limit: ms(p.firstTouch.ms * BUDGETS.scanPerFloor),
      actual: `${ms(p.firstScan.busy)} (${x(p.scanPerFloor)})`,
      ok: p.scanPerFloor <= BUDGETS.scanPerFloor,
    });
  }
  for (const p of r.pages) {
    out.push({
      budget: `≥ ${BUDGETS.markPerScan}× faster than mark.js — ${p.name}${p.wordsFrom === 'page' ? '' : ' (words of other pages)'}`,
      limit: `${BUDGETS.markPerScan}×`,
      actual: p.markPerScan === null ? 'n/a (no words)' : x(p.markPerScan),
      ok: p.markPerScan === null ? null : p.markPerScan >= BUDGETS.markPerScan,
    });
  }
  for (const p of r.pages) {
    const longest = Math.max(p.longTask, p.observedLongTask);
    out.push({
      budget: `no long task > ${BUDGETS.longTaskMs} ms during the first scan — ${p.name}`,
      limit: ms(BUDGETS.longTaskMs),
      actual: Number.isNaN(longest) ? 'n/a (no trace)' : longest === 0 ? 'none' : ms(longest),
      ok: Number.isNaN(longest) ? false : longest <= BUDGETS.longTaskMs,
    });
  }
  out.push({
    budget: 'content script ≤ 60 KB gzip',
    limit: `${BUDGETS.contentGzipBytes} B`,
    actual: `${r.contentScript.gzip} B`,
    ok: r.contentScript.gzip <= BUDGETS.contentGzipBytes,
  });
  out.push({
    budget: `glossary ready ≤ ${BUDGETS.readyMs} ms (median over pages)`,
    limit: ms(BUDGETS.readyMs),
    actual: ms(r.ready.median),
    ok: r.ready.median <= BUDGETS.readyMs,
  });
  out.push({
    budget: `hit test p95 ≤ ${BUDGETS.hitP95Ms} ms`,
    limit: ms(BUDGETS.hitP95Ms),
    actual: r.hover.samples > 0 ? ms(r.hover.p95) : 'n/a (no samples)',
    ok: r.hover.samples > 0 ? r.hover.p95 <= BUDGETS.hitP95Ms : false,
  });
  const heapPage = r.pages.find((p) => p.name === HEAP_PAGE);
  out.push({
    budget: `≤ 10 MB added heap on the eight-fold page`,
    limit: `${(BUDGETS.heapBytes / 2 ** 20).toFixed(0)} MiB`,
    actual: heapPage ? `${(heapPage.heap.added / 2 ** 20).toFixed(2)} MiB` : 'n/a (not in this run)',
    ok: heapPage ? heapPage.heap.added <= BUDGETS.heapBytes : null,
  });
  const g = r.growth.duration;
  out.push({
    budget: `growth: last ≤ ${BUDGETS.growthRatio}× first (scan duration, medians of 5)`,
    limit: x(BUDGETS.growthRatio),
    actual: `${x(g.ratio)} (${ms(g.firstMedian)} → ${ms(g.lastMedian)})`,
    ok: g.ratio <= BUDGETS.growthRatio,
  });
  return out;
}
