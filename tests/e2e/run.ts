/**
 * npm run test:e2e: finds a browser, builds the app for production, and runs
 * Playwright against `next start` on a fresh database (see scripts/with-db.ts).
 * Extra arguments go to Playwright, e.g. `npm run test:e2e -- -g "delete"`;
 * `--no-build` reuses the last production build.
 */
import { spawnSync } from 'node:child_process';
import { childEnv } from '@/scripts/env';
import { ensureBrowser } from './browser';
import { env } from './env';
import { e2ePort } from './port';

function step(label: string, cmd: string, args: string[], extraEnv: Record<string, string | undefined> = {}) {
  console.log(`\n[e2e] ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: childEnv({ NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }) });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let browser: string | null;
try {
  browser = ensureBrowser();
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`[e2e] Browser: ${browser ?? 'Playwright’s own Chromium'}`);

// --no-build reuses the last build, for quick reruns while writing a test.
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
if (!noBuild) step('Building the production app', 'npx', ['next', 'build']);
const port = await e2ePort(env.E2E_PORT);
console.log(`[e2e] Server under test on port ${port}${env.E2E_PORT === undefined ? ' (free now; set E2E_PORT to choose)' : ''}`);
const playwright = (project: string, extra: string[] = []) =>
  step(
    `Running Playwright (${project})`,
    'node',
    ['--import', 'tsx', 'scripts/with-db.ts', '--test-db', '--', 'npx', 'playwright', 'test', `--project=${project}`, ...extra, ...args.filter((a) => a !== '--no-build')],
    // The tests seed through the server-only data layer, as the server does.
    { CHROMIUM_PATH: browser ?? undefined, NODE_OPTIONS: '--conditions=react-server', E2E_PORT: String(port) },
  );
// A filter (a file, -g) may leave one of the two runs nothing to run; the full suite must find tests in both.
const filtered = args.some((a) => a !== '--no-build');
const lenient = filtered ? ['--pass-with-no-tests'] : [];
playwright('chromium', lenient);
// The tests that judge the main thread by the clock, alone on the machine
// once the rest are done (playwright.config.ts).
playwright('quiet', lenient);
