/*
 * First-load JavaScript per route, from a production build: the chunks Next
 * lists in .next/diagnostics/route-bundle-stats.json, each gzipped as a
 * server would send it. Next 16 no longer prints these sizes itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { childEnv } from '@/scripts/env';

const STATS = '.next/diagnostics/route-bundle-stats.json';
const ROUTES = ['/', '/ideas/[id]', '/ideas/[id]/edit', '/ideas/new'];
/** The budget for the idea page, charts included (they load lazily). */
export const IDEA_PAGE_BUDGET_KB = 200;

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export type RouteSize = { route: string; rawKb: number; gzipKb: number };

export function buildForBench(): void {
  console.log('Building the production app for the bundle figures ...');
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'ignore', env: childEnv({ NEXT_TELEMETRY_DISABLED: '1' }) });
  if (result.status !== 0) throw new Error('next build failed; run it directly to see why.');
}

export function routeSizes(): RouteSize[] {
  if (!existsSync(STATS)) throw new Error(`${STATS} is missing: build first.`);
  const stats = JSON.parse(readFileSync(STATS, 'utf8')) as RouteStats[];
  return ROUTES.map((route) => {
    const entry = stats.find((s) => s.route === route);
    if (!entry) throw new Error(`No bundle stats for ${route}.`);
    const gzip = entry.firstLoadChunkPaths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0);
    return { route, rawKb: entry.firstLoadUncompressedJsBytes / 1024, gzipKb: gzip / 1024 };
  });
}

export function printBundleSection(): void {
  buildForBench();
  console.log('\n## First-load JavaScript\n');
  console.log('Per route, from the production build: every chunk the route loads before any interaction, gzipped.\n');
  console.log('| route | uncompressed kB | gzip kB |');
  console.log('|---|---:|---:|');
  for (const r of routeSizes()) console.log(`| ${r.route} | ${r.rawKb.toFixed(1)} | ${r.gzipKb.toFixed(1)} |`);
  const idea = routeSizes().find((r) => r.route === '/ideas/[id]')!;
  console.log(`\nBudget for /ideas/[id]: ${IDEA_PAGE_BUDGET_KB} kB gzip; measured ${idea.gzipKb.toFixed(1)} kB.`);
}
