import type { ContentScriptSize } from './content-script-size';
import type { EngineCosts } from './engine-costs';
import type { ScanMeasure } from './first-scan';
import type { GrowthStats } from './growth-stats';
import type { GrowthBatch } from './measure-growth';
import type { ScanProfile } from './profile-first-scan';
import type { TextWalkFloor } from './text-walk-floor';
import type { LongTask } from './trace-main-thread';

/** Everything measured on one page. Times in ms, sizes in bytes. */
export interface PageResult {
  name: string;
  path: string;
  /** Median duration and busy over the loads (the other fields from the last load). */
  firstScan: ScanMeasure;
  /** Every load's first scan. */
  firstScans: ScanMeasure[];
  /** A second whole-page pass after switching the extension off and on (see warm-rescan.ts). */
  warmScan: ScanMeasure | null;
  /** 'context-cards:ready' on this page (median over the loads). */
  ready: number;
  /**
   * Longest main-thread task (≥ 50 ms) overlapping the first scan, from a Chromium trace, 0 if none
   * (NaN: no trace): the median over the loads.
   */
  longTask: number;
  /** Every task ≥ 50 ms during the first scan in the load that gave that median, longest first. */
  longTasks: LongTask[];
  /** Each load's longest task. */
  longTaskLoads: number[];
  /** The same from a 'longtask' PerformanceObserver, which does not see the content script's slices. */
  observedLongTask: number;
  /** Longest main-thread task overlapping the start-up measure (trace), 0 if none. */
  startupLongTask: number;
  /** The bare pass again after the scan (see text-walk-floor.ts): for reference. */
  floor: TextWalkFloor;
  /**
   * The bare pass as the first reader of the text, in fresh loads without the extension: median and
   * each load's, ms. The budget's floor.
   */
  firstTouch: { ms: number; runs: number[] };
  /** first scan busy / firstTouch. */
  scanPerFloor: number;
  /** first scan busy / the repeat floor. */
  scanPerRepeatFloor: number;
  /** Compilation and GC inside a first scan, from one more load traced for them; null: not read. */
  engine: EngineCosts | null;
  /** The distinct highlighted texts, given to mark.js. */
  words: string[];
  /** 'page': the words found here; 'other pages': none here, so the other pages' words were used. */
  wordsFrom: 'page' | 'other pages';
  markJs: { ms: number; runs: number[]; marks: number } | null;
  /** mark.js / first scan busy. */
  markPerScan: number | null;
  /** mark.js over the extension's whole word list for the page's language, in one pass (not a budget). */
  markJsGlossary: { ms: number; marks: number; forms: number };
  heap: { without: number; with: number; added: number };
}

export interface BudgetResult {
  budget: string;
  limit: string;
  actual: string;
  /** null: not measured in this run. */
  ok: boolean | null;
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'quick';
  browser: string;
  /** CPU count and the 1-minute load average when the measurements started and ended. */
  machine: { cpus: number; load: [number, number] };
  commit: string;
  /** Files changed in the working tree when the bench ran (the build includes them). */
  uncommitted: string[];
  pages: PageResult[];
  contentScript: ContentScriptSize;
  ready: { median: number; perPage: number[] };
  hover: {
    page: string;
    moves: number;
    targets: number;
    samples: number;
    p50: number;
    p95: number;
    max: number;
  };
  growth: {
    batches: number;
    perBatch: number;
    scans: GrowthBatch[];
    /** The scan measure's duration per batch (the background's judgement included): the budget's figure. */
    duration: GrowthStats;
    /** The scan's main-thread time per batch (detail.busy). */
    busy: GrowthStats;
    /** Style, layout and paint from one batch to the next (trace): what rendering the batch costs. */
    render: GrowthStats;
    /** The same on the same page without the extension. */
    plainRender: GrowthStats;
    /** Rendering by kind (style, layout, prepaint, paint), medians of the first and last five batches. */
    renderParts: Record<'first' | 'last' | 'plainFirst' | 'plainLast', Record<string, number>>;
  };
  budgets: BudgetResult[];
  profile?: Record<string, ScanProfile>;
}
