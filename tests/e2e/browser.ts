/**
 * Finds a Chromium for the e2e tests on any machine, in this order: one
 * named by CHROMIUM_PATH; a system Chromium or Chrome; Debian's `chromium`
 * installed with apt when running as root; Playwright's own download (needs
 * the internet). Returns the executable path, or null for Playwright's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { env } from './env';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

export function findSystemBrowser(): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return SYSTEM_BROWSERS.find((p) => existsSync(p)) ?? null;
}

export function ensureBrowser(): string | null {
  const found = findSystemBrowser();
  if (found) return found;
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH points at ${env.CHROMIUM_PATH}, which does not exist.`);

  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && userInfo().uid === 0) {
    console.log('[e2e] No Chromium found: installing Debian’s chromium with apt-get ...');
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      const installed = findSystemBrowser();
      if (installed) return installed;
    }
  }

  console.log('[e2e] Trying Playwright’s own Chromium (npx playwright install chromium) ...');
  if (run('npx', ['playwright', 'install', 'chromium'])) return null;

  throw new Error(
    'No browser for the e2e tests: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or run `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}
