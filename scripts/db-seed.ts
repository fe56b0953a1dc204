/**
 * npm run db:seed: makes the demo account on the database (DATABASE_URL, or
 * the embedded one) and gives it the demo ideas when it has none.
 */
import { authSecret } from './auth-secret';
import { applyMigrations } from './db/migrations';
import { openDatabaseServer } from './db/server';
import { seedDemoData } from './demo/seed';
import { setAuthSecret } from './env';

async function main() {
  const server = await openDatabaseServer('pg', console.log);
  try {
    await applyMigrations(server.url, console.log);
    setAuthSecret(await authSecret());
    const demo = await seedDemoData(server.url);
    console.log(demo.seeded.length ? `Seeded: ${demo.seeded.join(', ')}.` : 'The demo account already has ideas: nothing seeded.');
    console.log(`Demo account: ${demo.email} / ${demo.password}`);
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
