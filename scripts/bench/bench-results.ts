import type { ContentScriptSize } from './content-script-size';
import type { ScanMeasure } from './first-scan';
import type { GrowthStats } from './growth-stats';
import type { GrowthBatch } from './measure-growth';
import type { ScanProfile } from './profile-first-scan';
import type { TextWalkFloor } from './text-walk-floor';

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
   * Longest main-thread task (≥ 50 ms) overlapping the first scan, from a Chromium trace, 0 if none:
   * the median over the loads (offset and parts from the load it came from).
   */
  longTask: number;
  /** Every load's longest task. */
  longTasks: number[];
  /** When that task started, relative to the scan's start (ms; ≈ 0: the scan's first slice). */
  longTaskOffset: number | null;
  /** Style, layout, paint, GC … inside that task, ms (the rest is script). */
  longTaskParts: Record<string, number>;
  /** The same from a 'longtask' PerformanceObserver, which does not see the content script's slices. */
  observedLongTask: number;
  /** Longest main-thread task overlapping the start-up measure (trace), 0 if none. */
  startupLongTask: number;
  floor: TextWalkFloor;
  /** first scan busy / floor. */
  scanPerFloor: number;
  /** The distinct highlighted texts, given to mark.js. */
  words: string[];
  /** 'page': the words found here; 'other pages': none here, so the other pages' words were used. */
  wordsFrom: 'page' | 'other pages';
  markJs: { ms: number; runs: number[]; marks: number } | null;
  /** mark.js / first scan busy. */
  markPerScan: number | null;
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
    /** Main-thread time per batch (detail.busy): what the budget is checked on. */
    busy: GrowthStats;
    /** Wall time per batch, the wait for the background's judgement included. */
    duration: GrowthStats;
  };
  budgets: BudgetResult[];
  profile?: Record<string, ScanProfile>;
}
