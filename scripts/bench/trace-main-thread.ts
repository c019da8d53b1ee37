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

/** Time by kind inside [from, to] on one thread, counting only the outermost event of each nest. */
function breakdown(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const inside = events
    .filter((e) => e.ph === 'X' && KINDS[e.name] && e.ts >= from && e.ts + (e.dur ?? 0) <= to)
    .sort((a, b) => a.ts - b.ts);
  const parts: Record<string, number> = {};
  let coveredUntil = -1;
  for (const e of inside) {
    if (e.ts < coveredUntil) continue;
    const kind = KINDS[e.name] as string;
    parts[kind] = (parts[kind] ?? 0) + (e.dur ?? 0) / 1000;
    coveredUntil = e.ts + (e.dur ?? 0);
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
export async function traceMainThread(page: Page): Promise<{ stop: () => Promise<MainThreadTrace> }> {
  await page.tracing.start({
    categories: ['__metadata', 'toplevel', 'blink.user_timing', 'devtools.timeline'],
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
        longTasksDuring: (measure) => {
          const key = (e: TraceEvent) => e.id ?? e.id2?.local ?? e.id2?.global ?? '';
          const begin = events.find((e) => e.name === measure && (e.ph === 'b' || e.ph === 'B'));
          if (!begin) return undefined;
          const end = events.find(
            (e) =>
              e.name === measure &&
              (e.ph === 'e' || e.ph === 'E') &&
              key(e) === key(begin) &&
              e.ts >= begin.ts,
          );
          if (!end) return undefined;
          const main =
            threadNames.get(`${begin.pid}:${begin.tid}`) === 'CrRendererMain' ? begin.tid : undefined;
          const thread = events.filter(
            (e) => e.ph === 'X' && e.pid === begin.pid && (main === undefined || e.tid === main),
          );
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
