import type { BenchResults } from './bench-results';

function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (right[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mib = (bytes: number) => f(bytes / 2 ** 20);
const kb = (bytes: number) => `${f(bytes / 1024, 1)} KB`;

/** The printed report: per-page table, once-per-run figures, growth, budgets. */
export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Context Cards benchmark — ${r.mode} run, ${r.browser}, ${r.date}, ${r.machine.cpus} CPUs, load ${f(r.machine.load[0], 1)} → ${f(r.machine.load[1], 1)}`,
  );
  out.push(
    `commit ${r.commit}${r.uncommitted.length ? ` + uncommitted changes in ${r.uncommitted.join(', ')}` : ''}`,
  );
  out.push('');
  out.push(
    table(
      [
        'page',
        'text nodes',
        'matches',
        'scan ms',
        'busy ms',
        'rescan busy',
        'floor ms',
        'floor again',
        'busy/floor',
        'mark.js ms',
        'mark/busy',
        'long task ms',
        'observer ms',
        'heap −ext MiB',
        'heap +ext MiB',
        'added MiB',
      ],
      r.pages.map((p) => [
        p.name,
        String(p.floor.textNodes),
        String(p.firstScan.matches),
        f(p.firstScan.duration),
        f(p.firstScan.busy),
        p.warmScan ? f(p.warmScan.busy) : '–',
        f(p.firstTouch.ms, 3),
        f(p.floor.ms, 3),
        `${f(p.scanPerFloor, 1)}×`,
        p.markJs ? f(p.markJs.ms) : '–',
        p.markPerScan === null ? '–' : `${f(p.markPerScan, 2)}×${p.wordsFrom === 'page' ? '' : '*'}`,
        p.longTasks[0] ? `${f(p.longTask, 0)} @${f(p.longTasks[0].offset, 0)}` : f(p.longTask, 0),
        f(p.observedLongTask, 0),
        mib(p.heap.without),
        mib(p.heap.with),
        mib(p.heap.added),
      ]),
      [false, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  out.push(
    '  text nodes: all text nodes under body; scan ms: the first context-cards:scan measure (wall time: yields',
    '  and the judge round trip included), median over fresh loads (3; 1 with --quick);',
    '  busy ms: its detail.busy (main-thread time, what the budgets use); rescan busy: the same for a later',
    '  whole-page pass after switching the extension off and on (compiled code, but a fresh style recalc);',
    '  floor: bare TreeWalker reading all body text as the first script to read it: a fresh isolated world in',
    '  a fresh load without the extension, once loaded and rendered, median of 3 loads (the budget uses it);',
    '  floor again: the same pass after the scan has read the text, median of 5 (a repeat reading costs less);',
    '  mark.js: no extension, same page, distinct matched',
    '  texts, median of runs; long task: longest main-thread task ≥ 50 ms overlapping the first scan in a',
    '  Chromium trace (0 = none), @ its start relative to the scan start (≈ 0: the first slice of the scan);',
    '  observer: the same from a longtask PerformanceObserver, which misses the content script slices;',
    '  heap: used JS heap after GC, page without / with the extension.',
  );
  if (r.pages.some((p) => p.wordsFrom !== 'page'))
    out.push('  * no term found on that page: mark.js got the words found on the other pages.');
  for (const p of r.pages) {
    if (p.longTasks.length === 0) continue;
    const tasks = p.longTasks.map((t) => {
      const known = Object.entries(t.parts).filter(([, ms]) => ms >= 0.5);
      const script = t.duration - known.reduce((sum, [, ms]) => sum + ms, 0);
      const parts = [...known, ['script/other', script] as const]
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, ms]) => `${kind} ${f(ms, 0)}`);
      return `${f(t.duration, 0)} ms at ${t.offset < 0 ? '−' : '+'}${f(Math.abs(t.offset), 0)} (${parts.join(', ')})`;
    });
    out.push(`  ${p.name}: tasks ≥ 50 ms during the first scan: ${tasks.join('; ')}`);
  }
  for (const p of r.pages)
    out.push(
      `  ${p.name}: ${p.firstScan.prefiltered ? 'prefilter on' : 'PREFILTER OFF'}, ${p.firstScan.runs} runs matched, ${p.floor.chars} chars, ${p.firstScan.judged} everyday words judged (${p.firstScan.kept} kept); mark.js words (${p.words.length}): ${p.words.slice(0, 8).join(', ')}${p.words.length > 8 ? ', …' : ''}; mark.js marks ${p.markJs?.marks ?? '–'}`,
    );
  for (const p of r.pages)
    out.push(
      `  ${p.name}: mark.js given the whole word list (${p.markJsGlossary.forms} forms) as one RegExp, one pass: ${f(p.markJsGlossary.ms, 1)} ms, ${p.markJsGlossary.marks} marks (${f(p.markJsGlossary.ms / p.firstScan.busy, 1)}× the scan)`,
    );
  for (const p of r.pages)
    if (p.engine)
      out.push(
        `  ${p.name}: a load traced for the engine's own work: first scan busy ${f(p.engine.busy, 1)} ms, of it compiling functions on their first call ${f(p.engine.compile, 2)} ms, garbage collection ${f(p.engine.gc, 2)} ms`,
      );
  out.push('');
  const c = r.contentScript;
  out.push(
    table(
      ['once per run', 'value'],
      [
        [
          'content script (content.js)',
          `${kb(c.raw)} raw, ${kb(c.gzip)} gzip -9 (${c.gzip} B); embedded glossary alone: ${c.glossaryRaw === null || c.glossaryGzip === null ? '–' : `${kb(c.glossaryRaw)} raw, ${kb(c.glossaryGzip)} gzip`}`,
        ],
        [
          'glossary ready (median)',
          `${f(r.ready.median)} ms  [${r.ready.perPage.map((v) => f(v, 1)).join(', ')}]; longest start-up task ${r.pages.map((p) => f(p.startupLongTask, 0)).join('/')} ms`,
        ],
        [
          `hit test (${r.hover.page})`,
          `p50 ${f(r.hover.p50, 3)} ms, p95 ${f(r.hover.p95, 3)} ms, max ${f(r.hover.max, 3)} ms — ${r.hover.samples} hit tests from ${r.hover.moves} moves over ${r.hover.targets} terms`,
        ],
        ...(['duration', 'busy', 'render', 'plainRender'] as const).flatMap((key) => {
          const g = r.growth[key];
          const label = key === 'plainRender' ? 'render, no extension' : key;
          return [
            [
              `growth ${label} (${r.growth.batches} × ${r.growth.perBatch} posts)`,
              `first ${f(g.first, 3)} ms, last ${f(g.last, 3)} ms (${f(g.last / g.first)}×); medians of 5: ${f(g.firstMedian, 3)} → ${f(g.lastMedian, 3)} ms (${f(g.ratio)}×)`,
            ],
            [
              `growth ${label}, linear fit`,
              `${f(g.fit.intercept, 3)} ms ${g.fit.slope < 0 ? '−' : '+'} ${f(Math.abs(g.fit.slope) * 1000, 1)} µs per batch → fitted last/first ${f(g.fit.ratio)}×`,
            ],
          ];
        }),
      ],
      [false, false],
    ),
  );
  const kinds = (key: keyof BenchResults['growth']['renderParts']) =>
    Object.entries(r.growth.renderParts[key])
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${f(ms, 1)}`)
      .join(', ') || '–';
  out.push(
    'growth render by kind, ms (medians of the first / last five batches):',
    `  with the extension:    ${kinds('first')}  /  ${kinds('last')}`,
    `  without the extension: ${kinds('plainFirst')}  /  ${kinds('plainLast')}`,
  );
  out.push('');
  out.push('growth, per batch: scan duration / busy / render ms (with the extension)');
  const scans = r.growth.scans.map((s) =>
    `${f(s.duration, 1)}/${f(s.busy, 1)}/${f(s.render ?? Number.NaN, 1)}`.padStart(14),
  );
  for (let i = 0; i < scans.length; i += 10)
    out.push(
      `  ${String(i + 1).padStart(3)}–${String(Math.min(i + 10, scans.length)).padEnd(3)} ${scans.slice(i, i + 10).join(' ')}`,
    );
  out.push('');
  out.push(
    table(
      ['', 'budget', 'limit', 'measured'],
      r.budgets.map((b) => [b.ok === null ? '–' : b.ok ? '✓' : '✗', b.budget, b.limit, b.actual]),
      [false, false, true, false],
    ),
  );
  return out.join('\n');
}
