import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@/scripts/db/migrations';
import { createDatabase, dropDatabase, openDatabaseServer, withDatabase } from '@/scripts/db/server';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

/**
 * One fresh, migrated database for the integration run, on DATABASE_URL's
 * server or on the embedded test cluster; dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const server = await openDatabaseServer('pg-test', (line) => console.log(`[db] ${line}`));
  const name = `underwrite_it_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createDatabase(server.url, name);
  const url = withDatabase(server.url, name);
  await applyMigrations(url);
  project.provide('databaseUrl', url);
  project.provide('serverUrl', server.url);

  return async () => {
    await dropDatabase(server.url, name);
    await server.stop();
  };
}
