/**
 * Where the database comes from, for the launcher, the CLIs and the tests:
 * DATABASE_URL when it is set, otherwise the embedded PostgreSQL.
 */
import path from 'node:path';
import pg from 'pg';
import { env } from '../env';
import { startEmbeddedPostgres } from './embedded';

export type DatabaseServer = {
  /** The database to use (DATABASE_URL itself, or the embedded `underwrite` database). */
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

export const EMBEDDED_DATABASE = 'underwrite';

/** Swaps the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export async function createDatabase(url: string, name: string, ifMissing = false): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    if (ifMissing) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) return;
    }
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * @param cluster name of the embedded cluster's folder under the data dir:
 *   `pg` for the app, `pg-test` for test runs, so tests never touch demo data
 *   and can run while `npm run dev` is up.
 */
export async function openDatabaseServer(
  cluster: 'pg' | 'pg-test' = 'pg',
  log: (line: string) => void = () => {},
): Promise<DatabaseServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(path.join(env.UNDERWRITE_DATA_DIR, cluster), log);
  const url = withDatabase(embedded.serverUrl, EMBEDDED_DATABASE);
  await createDatabase(url, EMBEDDED_DATABASE, true);
  return { url, embedded: true, stop: embedded.stop };
}
