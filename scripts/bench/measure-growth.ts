import type { Page } from 'puppeteer-core';
import type { ScanMeasure } from './first-scan';

const SENTENCES = [
  'A <a href="#u{i}">battalion</a> of the British Army moved towards the eastern flank overnight.',
  'Officials said the <em>NATO Response Force</em> could deploy within days if the ceasefire fails.',
  'The minister promised more air defence, including Patriot batteries and HIMARS launchers.',
  'Local traffic was slow this morning and the weather stays mild, forecasters said.',
  'A spokesperson for the secretary-general declined to comment on the reservists.',
  'Two lieutenant colonels briefed reporters on the military exercise near the border.',
  'Markets opened higher after the central bank kept its rate unchanged for update {i}.',
  'Leopard 2 tanks and CV90 vehicles were seen on the motorway, witnesses told us.',
];

/** Post `i` of the live blog: a time stamp and three sentences, most with a defence term or two. */
function post(i: number): string {
  const at = `${String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
  const text = [0, 3, 5]
    .map((k) => SENTENCES[(i + k) % SENTENCES.length] as string)
    .join(' ')
    .replaceAll('{i}', String(i));
  return `<strong>${at}</strong> ${text}`;
}

export type GrowthBatch = Omit<ScanMeasure, 'start'> & {
  /** Rendering work on the main thread from this batch to the next (trace), ms in all and by kind. */
  render?: number;
  renderParts?: Record<string, number>;
};

/** Each batch's insertion is a measure of this name, so a trace can cut the run into batches. */
export const BATCH_MEASURE = 'context-cards-bench:batch';

/**
 * Appends `batches` × `perBatch` posts to #live, one batch at a time, each batch one DOM insertion
 * (wrapped in a BATCH_MEASURE measure). With `scans`, it then waits for the scan pass the batch caused;
 * either way it waits for two animation frames, so each batch is rendered (highlights included) before
 * the next comes, as on a real live blog. Returns each batch's scan pass (none without `scans`).
 */
export async function measureGrowth(
  page: Page,
  batches: number,
  perBatch: number,
  scans = true,
): Promise<GrowthBatch[]> {
  const posts = Array.from({ length: batches * perBatch }, (_, i) => post(i));
  return page.evaluate(
    async (all, count, size, withScans, batchMeasure) => {
      const live = document.getElementById('live');
      if (!live) throw new Error('growth page: no #live');
      const out: GrowthBatch[] = [];
      // Written without local function constants: tsx would wrap them in a helper the page lacks.
      for (let b = 0; b < count; b++) {
        const fragment = document.createDocumentFragment();
        for (let k = 0; k < size; k++) {
          const p = document.createElement('p');
          p.className = 'post';
          p.innerHTML = all[b * size + k] as string;
          fragment.append(p);
        }
        const scanned = !withScans
          ? undefined
          : new Promise<PerformanceMeasure>((resolve, reject) => {
              const observer = new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('context-cards:scan')[0];
                if (!entry) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve(entry as PerformanceMeasure);
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error(`growth: no scan pass within 10 s after batch ${b + 1}`));
              }, 10_000);
              observer.observe({ type: 'measure' });
            });
        const start = performance.now();
        live.append(fragment);
        performance.measure(batchMeasure, { start, end: performance.now() });
        const scan = await scanned;
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
        if (!scan) continue;
        const detail = scan.detail as Omit<GrowthBatch, 'duration' | 'judged' | 'kept'> &
          Partial<Pick<GrowthBatch, 'judged' | 'kept'>>;
        out.push({
          duration: scan.duration,
          busy: detail.busy,
          matches: detail.matches,
          textNodes: detail.textNodes,
          runs: detail.runs,
          judged: detail.judged ?? 0,
          kept: detail.kept ?? 0,
          prefiltered: detail.prefiltered === true,
        });
      }
      return out;
    },
    posts,
    batches,
    perBatch,
    scans,
    BATCH_MEASURE,
  );
}
