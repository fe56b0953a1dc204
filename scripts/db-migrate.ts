/**
 * npm run db:migrate                 apply pending migrations
 * npm run db:migrate -- --create X   write prisma/migrations/<timestamp>_X from
 *                                    the changes in schema.prisma, then apply it
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is unset. Works
 * offline: see scripts/db/migrations.ts and scripts/db/schema-engine.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyMigrations, MIGRATIONS_DIR } from './db/migrations';
import { diffMigrationsToSchema } from './db/schema-engine';
import { openDatabaseServer } from './db/server';

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function main() {
  const args = process.argv.slice(2);
  const createAt = args.indexOf('--create');
  const name = createAt >= 0 ? args[createAt + 1] : undefined;
  if (createAt >= 0 && !name?.match(/^[a-z0-9_]+$/)) {
    throw new Error('Usage: npm run db:migrate -- --create snake_case_name');
  }

  const server = await openDatabaseServer('pg', console.log);
  try {
    if (name) {
      const sql = await diffMigrationsToSchema(server.url);
      if (!sql) {
        console.log('schema.prisma and the migrations agree: nothing to create.');
      } else {
        const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);
        console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it before committing.`);
      }
    }
    const applied = await applyMigrations(server.url, console.log);
    if (applied.length === 0) console.log('The database is up to date.');
  } finally {
    await server.stop();
  }
}

main().then(
  // The WASM schema engine leaves a timer running; exit explicitly.
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
