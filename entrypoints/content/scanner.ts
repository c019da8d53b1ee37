import type { Match, Matcher } from '../../glossary/matcher';
import type { Lang } from '../../glossary/schema';
import type { JudgeBlock } from '../../utils/messages';
import { afterRendering } from './after-rendering';
import { locate } from './locate';
import type { Run } from './runs';
import type { FoundTerm, TermIndex } from './term-index';
import { chunkEnd, findPlaces } from './term-places';
import { TextReader } from './text-reader';
import { SLICE_MS, yieldToPage } from './yield';

export const SCAN_MEASURE = 'context-cards:scan';

/** Text nodes read between two looks at the clock. */
const READ_NODES = 512;

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
  /** Whether the WebAssembly prefilter found the places to match (else every word was read). */
  prefiltered: boolean;
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
 * One scan pass over some roots, in slices, yielding to the page between them. For each root: read
 * its text nodes' text, let the prefilter find the few places where a term may start, and only there
 * work out the run (block) around the place and match it; put what is found into the index and the
 * highlight. Everyday words wait for the background's judgement, asked once per pass. Terms
 * previously found in the same text nodes are replaced, so a pass over changed text is also a rescan.
 */
export async function scan(roots: Node[], deps: ScanDeps): Promise<ScanResult> {
  const start = performance.now();
  let sliceStart = start;
  let busy = 0;
  const result: ScanResult = {
    matches: 0,
    textNodes: 0,
    runs: 0,
    busy: 0,
    judged: 0,
    kept: 0,
    prefiltered: deps.matcher.prefiltered,
  };
  const found = new Set<number>();
  const added: FoundTerm[] = [];

  const add = (run: Run, match: Match) => {
    const term = locate(run, match);
    if (!term) return;
    added.push(term);
    deps.index.add(term);
    found.add(term.entry);
    result.matches++;
  };

  const undecided: Array<{ run: Run; found: Match[] }> = [];

  const matchRun = (run: Run, places: number[]) => {
    result.runs++;
    const matches = deps.matcher.candidatesAt(run.text, run.lang, places, places.length / 2);
    for (const m of matches) if (m.rule < 0) add(run, m);
    if (matches.some((m) => m.rule >= 0)) undecided.push({ run, found: matches });
  };

  const due = () => performance.now() - sliceStart > SLICE_MS;
  /** Ends the slice and yields to the page; true if the pass was called off meanwhile. */
  const pause = async (): Promise<boolean> => {
    busy += performance.now() - sliceStart;
    await yieldToPage();
    sliceStart = performance.now();
    return deps.signal.aborted;
  };

  for (const root of roots) {
    if (deps.signal.aborted || !root.isConnected) continue;
    const reader = new TextReader(root, deps.lang);
    const { nodes, starts } = reader;
    /** The places where a term may start: pairs of offsets in all the text read, in text order. */
    const places: number[] = [];
    // All the text is read before any block is worked out: the walk goes faster uninterrupted
    // (measured: a tenth to a quarter less time for the pass), and every run is then whole.
    let prefiltered = 0;
    let stop = false;
    while (!stop && (!reader.done || prefiltered < nodes.length)) {
      const read = reader.read(READ_NODES);
      // A rescan replaces the terms of the same text; a first pass has none to replace.
      if (deps.index.size > 0)
        for (let k = nodes.length - read; k < nodes.length; k++) deps.index.removeNode(nodes[k] as Text);
      const end = chunkEnd(reader, prefiltered);
      if (end > prefiltered) {
        findPlaces(reader, prefiltered, end, deps.matcher, places);
        prefiltered = end;
      }
      if (due()) stop = await pause();
    }
    result.textNodes += nodes.length;
    let at = 0;
    let next = 0;
    while (!stop && next < places.length) {
      const place = places[next] as number;
      const stopAt = places[next + 1] as number;
      at = reader.nodeAt(place, at);
      if (reader.skipped(at)) {
        // A region goes on past a skipped node; a word in one is no term.
        if (stopAt > (starts[at + 1] as number)) places[next] = starts[at + 1] as number;
        else next += 2;
        continue;
      }
      // Most places start no term, and the node's own text usually tells: then its block is not
      // worked out at all.
      if (stopAt < 0) {
        const offset = place - (starts[at] as number);
        const nothing = deps.matcher.nothingStartsAt(
          reader.texts[at] as string,
          reader.langAt(at),
          offset,
          offset === 0 ? reader.charBefore(at) : -1,
          reader.texts[at + 1],
        );
        if (nothing) {
          next += 2;
          continue;
        }
      }
      // All is read and the node is not skipped, so its run is found; were it not, the place would
      // be passed over rather than the pass stall.
      const span = reader.runAt(at);
      if (!span) {
        next += 2;
        continue;
      }
      const runStart = starts[span.first] as number;
      const runEnd = starts[span.last + 1] as number;
      const local: number[] = [];
      while (next < places.length && (places[next] as number) < runEnd) {
        const from = places[next] as number;
        const to = places[next + 1] as number;
        local.push(from - runStart, to < 0 ? -1 : Math.min(to, runEnd) - runStart);
        if (to > runEnd) {
          places[next] = runEnd;
          break;
        }
        next += 2;
      }
      matchRun(span.run, local);
      if (due()) stop = await pause();
    }
  }
  /** Where the pass's last stretch of main-thread work began. */
  let stretch = sliceStart;
  if (undecided.length > 0 && !deps.signal.aborted) {
    result.judged = undecided.reduce((n, u) => n + u.found.filter((m) => m.rule >= 0).length, 0);
    const blocks = undecided.map(({ run, found: f }) => ({ text: run.text, found: f }));
    // Sending the blocks (serialising them) is the pass's own main-thread work; the wait is not.
    const judged = deps.judge(blocks, deps.index.sure);
    busy += performance.now() - stretch;
    const verdicts = await judged;
    stretch = performance.now();
    if (!deps.signal.aborted) {
      undecided.forEach(({ run }, i) => {
        for (const match of verdicts[i] ?? []) {
          if (match.rule < 0 || !run.nodes.every((node) => node.isConnected)) continue;
          add(run, match);
          result.kept++;
        }
      });
    }
  }
  if (found.size > 0) deps.onFound(found);
  const end = performance.now();
  result.busy = busy + (end - stretch);
  performance.measure(SCAN_MEASURE, { start, end, detail: { ...result } });
  if (added.length > 0) await dropHidden(added, deps);
  return result;
}
