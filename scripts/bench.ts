import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { launch, ROOT } from '../tests/e2e/browsers';
import { SHARED } from '../tests/e2e/server';
import { allHighlighted } from './bench/all-highlighted';
import { benchOptions } from './bench/bench-options';
import type { BenchResults, PageResult } from './bench/bench-results';
import { buildExtension } from './bench/build-extension';
import { checkBudgets, HEAP_PAGE } from './bench/check-budgets';
import { contentScriptSize } from './bench/content-script-size';
import { engineCosts } from './bench/engine-costs';
import { firstScan } from './bench/first-scan';
import { formatProfiles } from './bench/format-profiles';
import { formatReport } from './bench/format-report';
import { glossaryForms } from './bench/glossary-forms';
import { growthPage } from './bench/growth-page';
import { growthStats } from './bench/growth-stats';
import { heapUsed } from './bench/heap-used';
import { type HoverHitTimes, hoverHitTimes } from './bench/hover-hit-times';
import { liveBlogPage } from './bench/live-blog-page';
import { type ExtensionLoad, loadWithExtension, longest } from './bench/load-with-extension';
import { markJsRegExpTime } from './bench/mark-js-regexp-time';
import { markJsTime } from './bench/mark-js-time';
import { BATCH_MEASURE, measureGrowth } from './bench/measure-growth';
import { median } from './bench/median';
import { openBenchPage } from './bench/open-bench-page';
import { percentile } from './bench/percentile';
import { profileFirstScan, type ScanProfile } from './bench/profile-first-scan';
import { startBenchServer } from './bench/start-bench-server';
import { firstTouchWalk, textWalkFloor } from './bench/text-walk-floor';
import { traceMainThread } from './bench/trace-main-thread';
import { warmRescan } from './bench/warm-rescan';

/**
 * `npm run bench`: the built extension in headless Chromium on large corpus pages, against a bare
 * TreeWalker and against mark.js, plus start-up, hover, heap, size and growth. See --help.
 */
const options = benchOptions(process.argv.slice(2));
const BUILT = join(ROOT, '.output/chrome-mv3');
/** The bench runs a copy, so a build started elsewhere while it runs cannot swap the extension under it. */
const EXTENSION = join(ROOT, '.output/bench-extension/chrome-mv3');
const CONTENT_JS = join(EXTENSION, 'content-scripts/content.js');
/** After the first scan (or, without the extension, after load), before the heap is read. */
const SETTLE_MS = 500;
const PER_BATCH = 20;
const moves = options.quick ? 40 : 200;
const batches = options.quick ? 10 : 100;
const markRuns = options.quick ? 1 : 3;
/** Fresh loads per page with the extension; the first-scan figures are their medians. */
const scanRuns = options.quick ? 1 : 3;

interface BenchPage {
  name: string;
  path: string;
}

const pages: BenchPage[] = options.quick
  ? [{ name: 'businessweek', path: '/corpus/en-businessweek-1.html' }]
  : [
      { name: 'wikipedia', path: '/corpus/en-wikipedia-1.html' },
      { name: 'reddit', path: '/corpus/en-reddit-1.html' },
      { name: 'cnn', path: '/corpus/en-cnn-1.html' },
      { name: HEAP_PAGE, path: '/mem/live-blog.html' },
    ];
const hoverPage = pages[0] as BenchPage;
/** The bench pages' language: the forms mark.js is given as the whole word list are this one's. */
const BENCH_LANG = 'en';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  } catch {
    return '';
  }
};

if (!options.skipBuild) {
  console.log('Building the extension (wxt build, Chrome MV3) …');
  buildExtension();
}
if (!existsSync(join(BUILT, 'content-scripts/content.js'))) {
  console.error(`${BUILT} has no content script: build first (npx wxt build) or run without --skip-build.`);
  process.exit(1);
}
rmSync(EXTENSION, { recursive: true, force: true });
cpSync(BUILT, EXTENSION, { recursive: true });

const memory = new Map<string, string>([['growth.html', growthPage()]]);
if (!options.quick) {
  const wikipedia = readFileSync(join(SHARED, 'corpus/pages/en-wikipedia-1.html'), 'utf8');
  memory.set('live-blog.html', liveBlogPage(wikipedia, 8));
}
const server = await startBenchServer(memory);
const loadBefore = loadavg()[0] as number;

type WithExtension = Omit<
  PageResult,
  | 'wordsFrom'
  | 'markJs'
  | 'markPerScan'
  | 'markJsGlossary'
  | 'heap'
  | 'scanPerFloor'
  | 'scanPerRepeatFloor'
  | 'firstTouch'
> & {
  heapWith: number;
};
const measured: WithExtension[] = [];
let hover: HoverHitTimes = { moves: 0, samples: [], targets: 0 };
let growth: Awaited<ReturnType<typeof measureGrowth>> = [];
let plainParts: Array<Record<string, number>> = [];
const total = (parts: Record<string, number> | undefined) =>
  parts ? Object.values(parts).reduce((sum, ms) => sum + ms, 0) : Number.NaN;
/** Median per kind over some batches' rendering. */
const medianParts = (list: Array<Record<string, number> | undefined>) => {
  const kinds = new Set(list.flatMap((parts) => Object.keys(parts ?? {})));
  return Object.fromEntries([...kinds].map((k) => [k, median(list.map((parts) => parts?.[k] ?? 0))]));
};
let browserVersion = '';
const results: PageResult[] = [];

try {
  // 1. With the extension: first scan, long tasks, heap, floor, warm rescan, hover, growth.
  const ext = await launch('chromium', { chromiumExtension: EXTENSION });
  browserVersion = await ext.browser.version();
  try {
    for (const { name, path } of pages) {
      console.log(`with the extension: ${name} (${scanRuns} loads) …`);
      // Cold first scans vary a lot from load to load: the scan figures are medians over fresh tabs.
      const loads: ExtensionLoad[] = [];
      for (let i = 0; i < scanRuns; i++) {
        if (i > 0) await loads[i - 1]?.page.close();
        loads.push(await loadWithExtension(ext.browser, server.url(path), SETTLE_MS));
      }
      const last = loads[loads.length - 1] as ExtensionLoad;
      const page = last.page;
      const heapWith = await heapUsed(page);
      const words = [...new Set(await allHighlighted(page))].sort();
      const floor = await textWalkFloor(page, 5);
      const warmScan = (await warmRescan(ext.browser, page)) ?? null;
      if (name === hoverPage.name) {
        console.log(`  hover: ${moves} moves …`);
        hover = await hoverHitTimes(page, moves);
      }
      await page.close();
      const engine = await engineCosts(ext.browser, server.url(path));
      const byTask = [...loads].sort((a, b) => longest(a.longTasks) - longest(b.longTasks));
      const middle = byTask[(byTask.length - 1) >> 1] as ExtensionLoad;
      measured.push({
        name,
        path,
        firstScan: {
          ...last.scan,
          duration: median(loads.map((l) => l.scan.duration)),
          busy: median(loads.map((l) => l.scan.busy)),
        },
        firstScans: loads.map((l) => l.scan),
        warmScan,
        ready: median(loads.map((l) => l.ready.duration)),
        longTask: longest(middle.longTasks),
        longTasks: middle.longTasks ?? [],
        longTaskLoads: loads.map((l) => longest(l.longTasks)),
        observedLongTask: median(loads.map((l) => l.observedLongTask)),
        startupLongTask: median(loads.map((l) => l.startupLongTask)),
        floor,
        engine,
        words,
        heapWith,
      });
    }
    console.log(`growth: ${batches} batches of ${PER_BATCH} posts …`);
    const page = await openBenchPage(ext.browser, server.url('/mem/growth.html'));
    await firstScan(page);
    await sleep(SETTLE_MS);
    const trace = await traceMainThread(page);
    growth = await measureGrowth(page, batches, PER_BATCH);
    await sleep(100);
    const rendering = (await trace.stop()).renderingAfterEach(BATCH_MEASURE);
    if (rendering.length === growth.length)
      growth = growth.map((g, i) => ({ ...g, render: total(rendering[i]), renderParts: rendering[i] }));
    await page.close();
  } finally {
    await ext.browser.close();
  }

  // 2. Without the extension: the same pages' heap, the floor as the text's first reader, mark.js on
  // the words the extension found, and the growth page's rendering alone.
  const plain = await launch('chromium', { extension: false });
  try {
    console.log('without the extension: growth …');
    const page = await openBenchPage(plain.browser, server.url('/mem/growth.html'));
    await sleep(SETTLE_MS);
    const trace = await traceMainThread(page);
    await measureGrowth(page, batches, PER_BATCH, false);
    await sleep(100);
    plainParts = (await trace.stop()).renderingAfterEach(BATCH_MEASURE);
    await page.close();

    for (const m of measured) {
      console.log(`without the extension: ${m.name} …`);
      const others = [...new Set(measured.filter((o) => o !== m).flatMap((o) => o.words))].sort();
      const words = m.words.length > 0 ? m.words : others;
      const page = await openBenchPage(plain.browser, server.url(m.path));
      await sleep(SETTLE_MS);
      const without = await heapUsed(page);
      // Each later load: the floor as the first reader of the text, then mark.js on the same load.
      const runs: Array<{ ms: number; marks: number }> = [];
      const firstTouches: number[] = [];
      for (let i = 0; i < scanRuns; i++) {
        await page.reload({ waitUntil: 'load', timeout: 90_000 });
        firstTouches.push(await firstTouchWalk(page));
        if (words.length > 0 && i < markRuns) {
          await sleep(100);
          runs.push(await markJsTime(page, words));
        }
      }
      // Once more: mark.js given the job the extension does, the whole word list, its fastest way.
      await page.reload({ waitUntil: 'load', timeout: 90_000 });
      await sleep(100);
      const forms = glossaryForms(BENCH_LANG);
      const markJsGlossary = { ...(await markJsRegExpTime(page, forms)), forms: forms.length };
      await page.close();
      const markJs =
        runs.length > 0
          ? { ms: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms), marks: runs[0]?.marks ?? 0 }
          : null;
      const { heapWith, ...rest } = m;
      const firstTouch = { ms: median(firstTouches), runs: firstTouches };
      results.push({
        ...rest,
        words,
        wordsFrom: m.words.length > 0 ? 'page' : 'other pages',
        firstTouch,
        scanPerFloor: m.firstScan.busy / firstTouch.ms,
        scanPerRepeatFloor: m.firstScan.busy / m.floor.ms,
        markJs,
        markPerScan: markJs ? markJs.ms / m.firstScan.busy : null,
        markJsGlossary,
        heap: { without, with: heapWith, added: heapWith - without },
      });
    }
  } finally {
    await plain.browser.close();
  }
} finally {
  await server.close();
}

const readies = results.map((p) => p.ready);
const partial: Omit<BenchResults, 'budgets'> = {
  date: new Date().toISOString(),
  mode: options.quick ? 'quick' : 'full',
  browser: browserVersion,
  machine: { cpus: cpus().length, load: [loadBefore, loadavg()[0] as number] },
  commit: git('rev-parse', '--short', 'HEAD').trim() || '(not a git checkout)',
  uncommitted: git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .map((l) => l.slice(3))
    .filter(Boolean),
  pages: results,
  contentScript: contentScriptSize(CONTENT_JS),
  ready: { median: median(readies), perPage: readies },
  hover: {
    page: hoverPage.name,
    moves: hover.moves,
    targets: hover.targets,
    samples: hover.samples.length,
    p50: percentile(hover.samples, 50),
    p95: percentile(hover.samples, 95),
    max: hover.samples.length > 0 ? Math.max(...hover.samples) : Number.NaN,
  },
  growth: {
    batches: growth.length,
    perBatch: PER_BATCH,
    scans: growth,
    duration: growthStats(growth.map((g) => g.duration)),
    busy: growthStats(growth.map((g) => g.busy)),
    render: growthStats(growth.map((g) => g.render ?? Number.NaN)),
    plainRender: growthStats(plainParts.map(total)),
    renderParts: {
      first: medianParts(growth.slice(0, 5).map((g) => g.renderParts)),
      last: medianParts(growth.slice(-5).map((g) => g.renderParts)),
      plainFirst: medianParts(plainParts.slice(0, 5)),
      plainLast: medianParts(plainParts.slice(-5)),
    },
  },
};
const report: BenchResults = { ...partial, budgets: checkBudgets(partial) };

console.log(`\n${formatReport(report)}`);
const json = resolve(ROOT, options.json);
mkdirSync(dirname(json), { recursive: true });
writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nResults: ${json}`);

// Optionally, where the first scan's time goes: an unminified build under the CDP sampling profiler.
if (options.profile) {
  console.log('\nprofile: building an unminified copy into .output/bench-profile …');
  buildExtension('scripts/bench/wxt.profile.config.ts');
  const dir = join(ROOT, '.output/bench-profiles');
  mkdirSync(dir, { recursive: true });
  const profiles: Record<string, ScanProfile> = {};
  const again = await startBenchServer(memory);
  const profiled = await launch('chromium', { chromiumExtension: '.output/bench-profile/chrome-mv3' });
  try {
    for (const { name, path } of pages) {
      console.log(`profile: ${name} …`);
      const file = join(dir, `${name.replace(/\W+/g, '-')}.cpuprofile`);
      try {
        profiles[name] = await profileFirstScan(profiled.browser, again.url(path), file);
      } catch (error) {
        console.error(`  profile of ${name} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    await profiled.browser.close();
    await again.close();
  }
  report.profile = profiles;
  console.log(`\n${formatProfiles(profiles)}\nProfiles: ${dir}/*.cpuprofile`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
}

const missed = report.budgets.filter((b) => b.ok === false);
if (options.check && missed.length > 0) {
  console.error(`\n${missed.length} budget(s) missed:`);
  for (const b of missed) console.error(`  ✗ ${b.budget}: ${b.actual} (limit ${b.limit})`);
  process.exit(1);
}
