import type { PhaseProfile, ScanProfile } from './profile-first-scan';

const f = (n: number) => n.toFixed(1);

function phase(title: string, p: PhaseProfile): string[] {
  return [
    `  ${title}: ${f(p.ms)} ms sampled`,
    `    self:      ${p.self.map((t) => `${t.name} ${f(t.ms)}`).join(' · ')}`,
    `    inclusive: ${p.inclusive.map((t) => `${t.name} ${f(t.ms)}`).join(' · ')}`,
  ];
}

/** Where the first scan and the start-up spent their time, per page (`name :line` of the unminified build). */
export function formatProfiles(profiles: Record<string, ScanProfile>): string {
  const out = [
    'CPU profile of the first scan (unminified build, 100 µs sampling; profiler overhead included):',
  ];
  for (const [name, p] of Object.entries(profiles)) {
    out.push(`${name}: first scan ${f(p.scanMs)} ms while profiled; GC in the whole profile ${f(p.gcMs)} ms`);
    out.push(...phase('scan', p.scan), ...phase('start-up', p.ready));
  }
  return out.join('\n');
}
