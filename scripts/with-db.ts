/**
 * Runs a command with a ready database:
 *
 *   tsx scripts/with-db.ts [--demo] [--test-db] -- <command...>
 *
 * - DATABASE_URL set: uses that server. Unset: starts the embedded
 *   PostgreSQL (scripts/db/embedded.ts) and stops it when the command exits, so
 *   `npm run dev` keeps one server across hot reloads.
 * - Applies pending migrations, then runs the command with DATABASE_URL set.
 * - --demo: on the embedded database, makes the demo account (printed here
 *   and shown on the sign-in page) and seeds its demo ideas if it has none.
 * - Provides BETTER_AUTH_SECRET when unset: one kept in .data/ so sessions
 *   survive restarts.
 * - --test-db: uses a new, uniquely named database, dropped afterwards, so a
 *   test run never sees another run's rows or the demo data.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { authSecret } from './auth-secret';
import { applyMigrations } from './db/migrations';
import { createDatabase, dropDatabase, openDatabaseServer, withDatabase } from './db/server';
import { seedDemoData } from './demo/seed';
import { childEnv, setAuthSecret } from './env';

const log = (line: string) => console.log(`[db] ${line}`);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const flags = new Set(split >= 0 ? args.slice(0, split) : args);
  const command = split >= 0 ? args.slice(split + 1) : [];
  if (command.length === 0) throw new Error('Usage: with-db.ts [--demo] [--test-db] -- <command...>');

  const testDb = flags.has('--test-db');
  const server = await openDatabaseServer(testDb ? 'pg-test' : 'pg', log);
  let url = server.url;
  const childOverrides: Record<string, string | undefined> = {};
  let testDbName: string | null = null;
  const cleanup = async () => {
    if (testDbName) await dropDatabase(server.url, testDbName).catch((e) => log(`could not drop ${testDbName}: ${e}`));
    testDbName = null;
    await server.stop();
  };

  try {
    if (testDb) {
      testDbName = `underwrite_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
      await createDatabase(server.url, testDbName);
      url = withDatabase(server.url, testDbName);
      log(`Using the fresh test database ${testDbName}.`);
    }
    await applyMigrations(url, log);
    childOverrides.BETTER_AUTH_SECRET = await authSecret();
    setAuthSecret(childOverrides.BETTER_AUTH_SECRET);
    if (flags.has('--demo') && server.embedded) {
      const demo = await seedDemoData(url);
      if (demo.seeded.length) log(`Seeded the demo ideas (${demo.seeded.join(', ')}).`);
      log(`Demo account: ${demo.email} / ${demo.password}`);
      childOverrides.DEMO_ACCOUNT_EMAIL = demo.email;
      childOverrides.DEMO_ACCOUNT_PASSWORD = demo.password;
    }
  } catch (error) {
    await cleanup();
    throw error;
  }

  const [bin, ...rest] = command as [string, ...string[]];
  const child = spawn(bin, rest, { stdio: 'inherit', env: childEnv({ ...childOverrides, DATABASE_URL: url }), shell: false });
  // Ctrl+C reaches the whole process group; TERM from a supervisor reaches only us, so pass it on.
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGTERM', forward('SIGTERM'));
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGHUP', forward('SIGHUP'));

  const code = await new Promise<number>((resolve) => {
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + 1 : 1)));
    child.on('error', (error) => {
      log(`could not start ${bin}: ${error.message}`);
      resolve(127);
    });
  });
  await cleanup();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
