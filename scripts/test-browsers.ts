import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from '../tests/e2e/browsers';

/**
 * Runs the real-browser tests. Debian's chromium and firefox-esr are what they drive (the browser
 * downloads of Puppeteer and Playwright do not work here); where one is missing it is installed with
 * apt-get when this runs as root, and otherwise the run stops and says what to install.
 */
function ensureBrowsers(): void {
  const missing = [
    [CHROMIUM, 'chromium'],
    [FIREFOX, 'firefox-esr'],
  ].filter(([path]) => !existsSync(path as string));
  if (missing.length === 0) return;
  const packages = missing.map(([, pkg]) => pkg as string);
  const canInstall = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (!canInstall) {
    console.error(
      `The browser tests need ${packages.join(' and ')}. Install with:\n  sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' and ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

ensureBrowsers();
const args = ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
