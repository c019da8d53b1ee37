import { writeFileSync } from 'node:fs';
import type { Browser, Protocol } from 'puppeteer-core';
import { blockRemoteRequests } from './block-remote-requests';
import { firstScan } from './first-scan';

export interface FunctionTime {
  name: string;
  ms: number;
}

export interface PhaseProfile {
  /** Sampled time with this phase's entry function on the stack, ms. */
  ms: number;
  /** Time spent in each function itself (natives and DOM calls under the phase included). */
  self: FunctionTime[];
  /** Time with each content-script function on the stack. */
  inclusive: FunctionTime[];
}

export interface ScanProfile {
  /** First scan as measured in the profiled run (the profiler slows everything down). */
  scanMs: number;
  scan: PhaseProfile;
  /** Glossary start-up: samples under runContextCards / createMatcher before the session starts. */
  ready: PhaseProfile;
  /** Garbage collection anywhere in the profile, ms (the profiler cannot tie it to a phase). */
  gcMs: number;
}

const CONTENT = 'content-scripts/content.js';

function label(frame: Protocol.Runtime.CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name.startsWith('(') ? name : `${name} [native]`;
  if (frame.url.includes(CONTENT)) return `${name} :${frame.lineNumber + 1}`;
  return `${name} [page]`;
}

function top(map: Map<string, number>, count: number): FunctionTime[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
}

/** Splits a CPU profile's samples into the scan and the start-up, by the content-script frames on the stack. */
function analyse(profile: Protocol.Profiler.Profile): Omit<ScanProfile, 'scanMs'> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const phases = {
    scan: { us: 0, self: new Map<string, number>(), inclusive: new Map<string, number>() },
    ready: { us: 0, self: new Map<string, number>(), inclusive: new Map<string, number>() },
  };
  let gc = 0;
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const leaf = nodes.get(samples[i] as number);
    if (!leaf) continue;
    if (leaf.callFrame.functionName === '(garbage collector)') gc += us;
    const content: string[] = [];
    let phase: keyof typeof phases | undefined;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = (nodes.get(id) as Protocol.Profiler.ProfileNode).callFrame;
      if (!frame.url.includes(CONTENT)) continue;
      content.push(label(frame));
      if (frame.functionName === 'scan') phase = 'scan';
      else if (!phase && (frame.functionName === 'createMatcher' || frame.functionName === 'runContextCards'))
        phase = 'ready';
    }
    if (!phase) continue;
    const p = phases[phase];
    p.us += us;
    const self = label(leaf.callFrame);
    p.self.set(self, (p.self.get(self) ?? 0) + us);
    for (const name of new Set(content)) p.inclusive.set(name, (p.inclusive.get(name) ?? 0) + us);
  }
  const out = (p: (typeof phases)['scan']): PhaseProfile => ({
    ms: p.us / 1000,
    self: top(p.self, 12),
    inclusive: top(p.inclusive, 10),
  });
  return { scan: out(phases.scan), ready: out(phases.ready), gcMs: gc / 1000 };
}

/**
 * Loads `url` with the CDP sampling profiler running from before navigation (100 µs interval) in a
 * browser that has the unminified build, waits for the first scan, writes the .cpuprofile to `file`
 * (open it in DevTools' Performance panel) and returns where the time went.
 */
export async function profileFirstScan(browser: Browser, url: string, file: string): Promise<ScanProfile> {
  const page = await browser.newPage();
  try {
    await blockRemoteRequests(page);
    const session = await page.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const { scan } = await firstScan(page);
    await new Promise((done) => setTimeout(done, 300));
    const { profile } = await session.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    return { scanMs: scan.duration, ...analyse(profile) };
  } finally {
    await page.close();
  }
}
