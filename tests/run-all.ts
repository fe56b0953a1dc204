/**
 * npm test: everything, in the order that fails fastest: unit tests (no
 * database), integration tests (real PostgreSQL), then the browser tests
 * against a production build. Uses DATABASE_URL's server when set, the
 * embedded PostgreSQL otherwise; each run gets fresh databases.
 */
import { spawnSync } from 'node:child_process';
import { childEnv } from '@/scripts/env';

const steps: [string, string[]][] = [
  ['Unit and integration tests (vitest)', ['npx', 'vitest', 'run']],
  ['End-to-end tests (Playwright)', ['npx', 'tsx', 'tests/e2e/run.ts']],
];

const started = Date.now();
for (const [label, [cmd, ...args]] of steps) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(cmd!, args, { stdio: 'inherit', env: childEnv({ NEXT_TELEMETRY_DISABLED: '1' }) });
  if (result.status !== 0) {
    console.error(`\n=== ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n=== All tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
