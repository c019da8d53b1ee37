import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { BenchResults } from '../../scripts/bench/bench-results';
import { ROOT } from './browsers';

/**
 * The benchmark still runs: one quick pass on the extension this suite has just built. Only that it
 * ran and produced numbers is checked; times depend on the machine and are for `npm run bench`.
 */
test('npm run bench -- --quick runs and reports numbers', { timeout: 240_000 }, () => {
  const run = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--quick', '--skip-build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 230_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toContain('budget');

  const results = JSON.parse(readFileSync(join(ROOT, '.output/bench-quick.json'), 'utf8')) as BenchResults;
  const positive = (n: number | undefined) =>
    expect(Number.isFinite(n) && (n as number) > 0, String(n)).toBe(true);
  const measured = (n: number | undefined) =>
    expect(Number.isFinite(n) && (n as number) >= 0, String(n)).toBe(true);

  expect(results.mode).toBe('quick');
  expect(results.pages).toHaveLength(1);
  const [page] = results.pages;
  positive(page?.firstScan.duration);
  measured(page?.firstScan.busy);
  positive(page?.firstScan.textNodes);
  positive(page?.floor.textNodes);
  measured(page?.floor.ms);
  expect(page?.firstTouch.runs).toHaveLength(1);
  measured(page?.firstTouch.ms);
  measured(page?.engine?.compile);
  measured(page?.longTask);
  positive(page?.heap.with);
  positive(page?.heap.without);
  expect(page?.words.length).toBeGreaterThan(0);
  positive(page?.markJs?.ms);
  positive(page?.markJsGlossary.ms);
  expect(page?.markJsGlossary.forms).toBeGreaterThan(500);
  positive(results.contentScript.raw);
  positive(results.contentScript.gzip);
  measured(results.ready.median);
  expect(results.hover.samples).toBeGreaterThan(0);
  measured(results.hover.p95);
  expect(results.growth.scans).toHaveLength(10);
  for (const batch of results.growth.scans) positive(batch.duration);
  expect(results.budgets.length).toBeGreaterThan(5);
});
