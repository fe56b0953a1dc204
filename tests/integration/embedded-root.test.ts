import { mkdtemp, chmod, rm, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/scripts/db/embedded';
import { needsRelocation, relocate } from '@/scripts/db/embedded-root';

/*
 * As root, with the project in a private (0700) directory, the embedded
 * PostgreSQL used to crash with `spawn …/initdb EACCES`: PostgreSQL runs as
 * the postgres user, who could not reach it. It now moves to a directory
 * that user can reach, and keeps its data there across restarts.
 */

const isRoot = os.userInfo().uid === 0;
const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string, mode: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, mode);
  cleanup.push(dir);
  return dir;
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL as root in a private directory', () => {
  it('never moves for a user who is not root', () => {
    expect(needsRelocation('/nowhere/bin', '/nowhere/data', false)).toBe(false);
  });

  it.runIf(isRoot)('starts from a 0700 directory, and keeps its data across a restart', async () => {
    const project = await tempDir('uw-private-', 0o700);
    const reachable = await tempDir('uw-reachable-', 0o755);
    const dataDir = path.join(project, '.data', 'pg');
    await mkdir(path.dirname(dataDir), { recursive: true });
    const lines: string[] = [];

    const first = await startEmbeddedPostgres(dataDir, (line) => lines.push(line), undefined, reachable);
    try {
      await query(first.serverUrl, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    } finally {
      await first.stop();
    }
    expect(lines.join('\n')).toContain(`The postgres user cannot reach ${dataDir}`);

    const second = await startEmbeddedPostgres(dataDir, () => {}, undefined, reachable);
    try {
      expect((await query(second.serverUrl, 'SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it.runIf(isRoot)('fails with one line that says what to do when it cannot move', async () => {
    const error = await relocate('/nonexistent/native', '/root/x/.data/pg', '0', '/dev/null/underwrite').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).toMatch(/Set DATABASE_URL to a PostgreSQL server, or clone the project where other users can read it\.$/);
  });
});
