/**
 * npm run db:seed: adds the demo ideas to the database (DATABASE_URL, or the
 * embedded one) when the local owner has no ideas yet.
 */
import { applyMigrations } from '../migrations';
import { seedDemoData } from '../seed';
import { openDatabaseServer } from '../server';

async function main() {
  const server = await openDatabaseServer('pg', console.log);
  try {
    await applyMigrations(server.url, console.log);
    const seeded = await seedDemoData(server.url);
    console.log(seeded ? `Seeded: ${seeded.join(', ')}.` : 'The database already has ideas: nothing seeded.');
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
