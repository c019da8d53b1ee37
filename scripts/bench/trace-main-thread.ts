import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: { name?: string };
}

export interface LongTask {
  /** Start relative to the measure's start, and length, ms. */
  offset: number;
  duration: number;
  /** What the browser did inside it, ms by kind (the rest is script, the content script's included). */
  parts: Record<string, number>;
}

export interface MainThreadTrace {
  /**
   * The renderer main thread's top-level tasks of 50 ms or more that overlap the first `measure` of
   * this name, longest first; undefined if the measure is not in the trace.
   */
  longTasksDuring(measure: string): LongTask[] | undefined;
  /**
   * For each `measure` in order: the rendering work of the page's main thread (style, layout,
   * prepaint, paint) from its start to the next one's start (to the end of the trace for the last),
   * ms by kind.
   */
  renderingAfterEach(measure: string): Array<Record<string, number>>;
  /**
   * The engine's own work on the main thread during the first `measure` of this name, ms: compiling
   * functions on their first call, and garbage collection. Compilation is seen only in a trace
   * started with `{ v8: true }`. Undefined if the measure is not in the trace.
   */
  engineDuring(measure: string): { compile: number; gc: number } | undefined;
}

const RENDERING = new Set(['style', 'layout', 'prepaint', 'paint']);

const LONG_US = 50_000;
/** The 'toplevel' events that are whole units of main-thread work. */
const TOP_LEVEL = new Set([
  'ThreadControllerImpl::RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunTask',
]);

/** devtools.timeline events inside a task, by the kind of work they are. */
const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  ParseHTML: 'parse',
};

/** Lazy compilation of a function on its first call (parsing included: it nests inside). */
const COMPILE = new Set(['V8.CompileCode', 'V8.CompileLazy']);
const GC = new Set(Object.keys(KINDS).filter((name) => KINDS[name] === 'gc'));

/** The events not nested inside another of the list. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let coveredUntil = -1;
  for (const e of sorted) {
    if (e.ts < coveredUntil) continue;
    out.push(e);
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** Time by kind inside [from, to] on one thread, counting only the outermost event of each nest. */
function breakdown(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const inside = events.filter(
    (e) => e.ph === 'X' && KINDS[e.name] && e.ts >= from && e.ts + (e.dur ?? 0) <= to,
  );
  const parts: Record<string, number> = {};
  for (const e of outermost(inside)) {
    const kind = KINDS[e.name] as string;
    parts[kind] = (parts[kind] ?? 0) + (e.dur ?? 0) / 1000;
  }
  return parts;
}

/**
 * A Chromium trace of the page's main thread from before navigation: top-level tasks ('toplevel'
 * category, which includes microtask checkpoints run outside a task), the page's user-timing measures
 * ('blink.user_timing'), which put the content script's measures on the same clock, and style, layout,
 * paint and GC events ('devtools.timeline') to say what a long task was made of.
 *
 * This is what the long-task figures rest on: the Long Tasks API does not see the content script's
 * scan slices (they run as promise reactions and scheduler.yield() continuations of the isolated
 * world, which Chromium does not attribute to the page), so a PerformanceObserver reports nothing
 * even for a scan slice of several hundred milliseconds.
 */
export async function traceMainThread(
  page: Page,
  { v8 = false } = {},
): Promise<{ stop: () => Promise<MainThreadTrace> }> {
  // The 'v8' category costs the traced page time of its own: only a load measured for it has it.
  const categories = ['__metadata', 'toplevel', 'blink.user_timing', 'devtools.timeline'];
  await page.tracing.start({
    categories: v8 ? [...categories, 'v8', 'disabled-by-default-v8.compile'] : categories,
  });
  return {
    stop: async () => {
      const buffer = await page.tracing.stop();
      const { traceEvents: events } = JSON.parse(
        Buffer.from(buffer ?? new Uint8Array()).toString('utf8'),
      ) as {
        traceEvents: TraceEvent[];
      };
      const threadNames = new Map<string, string>();
      for (const e of events)
        if (e.ph === 'M' && e.name === 'thread_name')
          threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
      /** The first measure of this name, and the 'X' events of the thread it ran on. */
      const measureSpan = (measure: string) => {
        const key = (e: TraceEvent) => e.id ?? e.id2?.local ?? e.id2?.global ?? '';
        const begin = events.find((e) => e.name === measure && (e.ph === 'b' || e.ph === 'B'));
        if (!begin) return undefined;
        const end = events.find(
          (e) =>
            e.name === measure && (e.ph === 'e' || e.ph === 'E') && key(e) === key(begin) && e.ts >= begin.ts,
        );
        if (!end) return undefined;
        const main =
          threadNames.get(`${begin.pid}:${begin.tid}`) === 'CrRendererMain' ? begin.tid : undefined;
        const thread = events.filter(
          (e) => e.ph === 'X' && e.pid === begin.pid && (main === undefined || e.tid === main),
        );
        return { begin, end, thread };
      };
      return {
        renderingAfterEach: (measure) => {
          const begins = events.filter((e) => e.name === measure && (e.ph === 'b' || e.ph === 'B'));
          const first = begins[0];
          if (!first) return [];
          const thread = events.filter((e) => e.ph === 'X' && e.pid === first.pid && e.tid === first.tid);
          const last = Math.max(...thread.map((e) => e.ts + (e.dur ?? 0)));
          begins.sort((a, b) => a.ts - b.ts);
          return begins.map((b, i) =>
            Object.fromEntries(
              Object.entries(breakdown(thread, b.ts, begins[i + 1]?.ts ?? last)).filter(([kind]) =>
                RENDERING.has(kind),
              ),
            ),
          );
        },
        engineDuring: (measure) => {
          const span = measureSpan(measure);
          if (!span) return undefined;
          const { begin, end, thread } = span;
          const inside = thread.filter((e) => e.ts >= begin.ts && e.ts + (e.dur ?? 0) <= end.ts);
          const total = (names: Set<string>) =>
            outermost(inside.filter((e) => names.has(e.name))).reduce((sum, e) => sum + (e.dur ?? 0), 0) /
            1000;
          return { compile: total(COMPILE), gc: total(GC) };
        },
        longTasksDuring: (measure) => {
          const span = measureSpan(measure);
          if (!span) return undefined;
          const { begin, end, thread } = span;
          return thread
            .filter((e) => {
              const dur = e.dur ?? 0;
              return TOP_LEVEL.has(e.name) && dur >= LONG_US && e.ts <= end.ts && e.ts + dur >= begin.ts;
            })
            .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
            .map((e) => ({
              offset: (e.ts - begin.ts) / 1000,
              duration: (e.dur ?? 0) / 1000,
              parts: breakdown(thread, e.ts, e.ts + (e.dur ?? 0)),
            }));
        },
      };
    },
  };
}
