import type { Match, Matcher } from '../../glossary/matcher';
import type { Lang } from '../../glossary/schema';
import type { JudgeBlock } from '../../utils/messages';
import { locate } from './locate';
import { type Run, readRuns } from './runs';
import type { FoundTerm, TermIndex } from './term-index';
import { SLICE_MS, yieldToPage } from './yield';

export const SCAN_MEASURE = 'context-cards:scan';

/** Text matched in one go: about a millisecond of work, so slices stay short. */
const BATCH_CHARS = 32_000;

export interface ScanDeps {
  matcher: Matcher;
  /** Decides which everyday words stand (the background holds the rules). */
  judge: (blocks: JudgeBlock[], pageCues: number) => Promise<Match[][]>;
  index: TermIndex;
  lang: Lang | undefined;
  signal: AbortSignal;
  /** Told about the entries a pass found, so their cards can be fetched before anyone hovers. */
  onFound: (entries: Set<number>) => void;
}

export interface ScanResult {
  matches: number;
  textNodes: number;
  runs: number;
  /** Main-thread time of the pass, without the waits between slices and for the judge. */
  busy: number;
  /** Everyday words sent to be judged, and how many of them stood. */
  judged: number;
  kept: number;
}

/** Resolves after the browser has rendered a frame (or soon, in a background tab that renders none). */
function afterRendering(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * Hidden text (display:none menus, collapsed duplicates) keeps no underline. Asked only where a term
 * is, and only once the browser has rendered: during the scan, the first checkVisibility() would
 * force the whole page's style to be computed, which on a large page costs more than the scan.
 */
async function dropHidden(terms: FoundTerm[], deps: ScanDeps): Promise<void> {
  await afterRendering();
  if (deps.signal.aborted) return;
  const seen = new Map<Element, boolean>();
  for (const term of terms) {
    const el = term.spans[0]?.node.parentElement;
    if (!el?.isConnected) continue;
    let shown = seen.get(el);
    if (shown === undefined) {
      shown = typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
      seen.set(el, shown);
    }
    if (shown) continue;
    for (const { node } of term.spans) {
      deps.index.removeNode(node);
    }
  }
}

/**
 * One scan pass over some roots: read their runs, match them slice by slice, yielding to the page
 * between slices, and put what is found into the index and the highlight. Everyday words wait for
 * the background's judgement, asked once per pass. Terms previously found in the same text nodes are
 * replaced, so a pass over changed text is also a rescan.
 */
export async function scan(roots: Node[], deps: ScanDeps): Promise<ScanResult> {
  const start = performance.now();
  let sliceStart = start;
  let busy = 0;
  const result: ScanResult = { matches: 0, textNodes: 0, runs: 0, busy: 0, judged: 0, kept: 0 };
  const found = new Set<number>();
  const added: FoundTerm[] = [];

  const add = (run: Run, match: Match) => {
    const term = locate(run, match);
    added.push(term);
    deps.index.add(term);
    found.add(term.entry);
    result.matches++;
  };

  const undecided: Array<{ run: Run; found: Match[] }> = [];
  let batch: Run[] = [];
  let batchChars = 0;

  const match = () => {
    const perRun = deps.matcher.candidatesEach(
      batch.map((run) => run.text),
      batch[0]?.lang,
    );
    batch.forEach((run, i) => {
      const matches = perRun[i] ?? [];
      for (const m of matches) if (m.rule < 0) add(run, m);
      if (matches.some((m) => m.rule >= 0)) undecided.push({ run, found: matches });
    });
    batch = [];
    batchChars = 0;
  };

  // Walking and matching share the slices: runs are matched in batches of one language, and the
  // page gets its turn every few milliseconds.
  for (const root of roots) {
    if (deps.signal.aborted || !root.isConnected) continue;
    for (const run of readRuns(root, deps.lang)) {
      result.runs++;
      result.textNodes += run.nodes.length;
      // A rescan replaces the terms of the same text; a first pass has none to replace.
      if (deps.index.size > 0) for (const node of run.nodes) deps.index.removeNode(node);
      if (batch.length > 0 && batch[0]?.lang !== run.lang) match();
      batch.push(run);
      batchChars += run.text.length;
      if (batchChars < BATCH_CHARS) continue;
      match();
      if (performance.now() - sliceStart > SLICE_MS) {
        busy += performance.now() - sliceStart;
        await yieldToPage();
        if (deps.signal.aborted) break;
        sliceStart = performance.now();
      }
    }
  }
  if (batch.length > 0 && !deps.signal.aborted) match();
  busy += performance.now() - sliceStart;

  if (undecided.length > 0 && !deps.signal.aborted) {
    result.judged = undecided.reduce((n, u) => n + u.found.filter((m) => m.rule >= 0).length, 0);
    const blocks = undecided.map(({ run, found: f }) => ({ text: run.text, found: f }));
    const verdicts = await deps.judge(blocks, deps.index.sure);
    const after = performance.now();
    if (!deps.signal.aborted) {
      undecided.forEach(({ run }, i) => {
        for (const match of verdicts[i] ?? []) {
          if (match.rule < 0 || !run.nodes.every((node) => node.isConnected)) continue;
          add(run, match);
          result.kept++;
        }
      });
    }
    busy += performance.now() - after;
  }

  const end = performance.now();
  result.busy = busy;
  performance.measure(SCAN_MEASURE, { start, end, detail: { ...result } });
  if (found.size > 0) deps.onFound(found);
  if (added.length > 0) await dropHidden(added, deps);
  return result;
}
