/**
 * `prisma generate` without the native schema engine.
 *
 * The Prisma CLI downloads a native engine before generating, which fails
 * offline, although generating the TypeScript client never uses it. Pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnv } from './env';

const stand_in = existsSync('/bin/false') ? '/bin/false' : process.execPath;
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: stand_in, PRISMA_HIDE_UPDATE_MESSAGE: '1' }),
});
process.exit(result.status ?? 1);
