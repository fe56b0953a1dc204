/*
 * `npm run bench -- load`: the production build under load on the system
 * PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432), from one run:
 * requests/s, p50 and p99 latency and errors at 8 and 32 connections for
 * the sign-in page (the framework's floor), the home list, the idea page
 * and a write (ticking checklist items); then every acknowledged tick is
 * looked up in the database. `--no-build` reuses the last build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { freePort } from '@/scripts/db/embedded';
import { applyMigrations } from '@/scripts/db/migrations';
import { createDatabase, dropDatabase, withDatabase } from '@/scripts/db/server';
import { childEnv, env } from '@/scripts/env';
import { createIdeasOver, loadPage, loadTicks, signUpOver, tickedInDatabase, ticksOf, type LoadResult } from '../support/load';

const SECONDS = 10;
const CONNECTIONS = [8, 32] as const;
// Enough distinct items that no tick repeats: each level ticks its own.
const TICKS_PER_LEVEL = 600;
const LIST_LENGTH = 8;

const ms = (value: number) => value.toFixed(0);
const row = (target: string, connections: number, r: LoadResult) =>
  `| ${target} | ${connections} | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} of ${r.total} |`;

async function waitUntilUp(origin: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${origin}/sign-in`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not answer within a minute.');
}

export async function printLoadSection(build: boolean): Promise<boolean> {
  const server = env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `underwrite_load_${Date.now()}`;
  await createDatabase(server, name);
  const databaseUrl = withDatabase(server, name);
  await applyMigrations(databaseUrl);
  if (build) {
    const built = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: childEnv({ NEXT_TELEMETRY_DISABLED: '1' }) });
    if (built.status !== 0) throw new Error('next build failed.');
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const app = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: childEnv({ DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: randomBytes(32).toString('hex'), NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' }),
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitUntilUp(origin);
    // A founder with a realistic list to read, and another whose many ideas give every tick an item of its own.
    const founder = await signUpOver(origin);
    const ideaPath = `/ideas/${(await createIdeasOver(founder, LIST_LENGTH))[0]}`;
    const writer = await signUpOver(origin);
    const ideas = await createIdeasOver(writer, (TICKS_PER_LEVEL / 5) * CONNECTIONS.length);
    // Each page once before timing: the first render of a route compiles nothing, but warms caches and the JIT.
    for (const path of ['/sign-in', '/', ideaPath]) await fetch(`${origin}${path}`, { headers: { cookie: founder.cookie } });

    console.log(
      `\n### Load\n\n${SECONDS} s per page and level, the list holding ${LIST_LENGTH} ideas; ${TICKS_PER_LEVEL} ticks per level (each a distinct checklist item).\n`,
    );
    console.log('| target | connections | requests/s | p50 ms | p99 ms | errors |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const perSecond: Record<string, number> = {};
    const acknowledged: string[] = [];
    let allOk = true;
    for (const [level, connections] of CONNECTIONS.entries()) {
      for (const [target, path, caller] of [
        ['sign-in page', '/sign-in', { origin, cookie: '' }],
        ['home list', '/', founder],
        ['idea page', ideaPath, founder],
      ] as const) {
        const result = await loadPage(caller, path, connections, SECONDS);
        perSecond[`${target}@${connections}`] = result.requestsPerSecond;
        allOk &&= result.errors === 0;
        console.log(row(target, connections, result));
      }
      const ticks = ticksOf(ideas.slice(level * (TICKS_PER_LEVEL / 5), (level + 1) * (TICKS_PER_LEVEL / 5)));
      const writes = await loadTicks(writer, ticks, connections);
      allOk &&= writes.errors === 0;
      acknowledged.push(...writes.acknowledged.map((t) => `${t.ideaId}/${t.item}`));
      console.log(row('tick a checklist item', connections, writes));
    }
    const stored = await tickedInDatabase(databaseUrl, ideas);
    const lost = acknowledged.filter((key) => !stored.has(key)).length;
    const ratio = perSecond['idea page@8']! / perSecond['sign-in page@8']!;
    console.log(`\nIdea page / sign-in page at 8 connections: ${ratio.toFixed(2)} (goal >= 0.5).`);
    console.log(`Ticks acknowledged: ${acknowledged.length}; in the database: ${stored.size}; acknowledged but lost: ${lost} (goal 0).`);
    return allOk && lost === 0 && stored.size === acknowledged.length;
  } finally {
    if (app.pid) process.kill(-app.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await dropDatabase(server, name).catch(() => {});
  }
}
