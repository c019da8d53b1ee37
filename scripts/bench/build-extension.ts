import { spawnSync } from 'node:child_process';
import { ROOT } from '../../tests/e2e/browsers';

/** `wxt build` for Chrome (MV3), or with another config file; stops the run if the build fails. */
export function buildExtension(config?: string): void {
  const args = ['wxt', 'build', ...(config ? ['-c', config] : [])];
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed (exit ${result.status})`);
}
