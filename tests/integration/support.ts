import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * A user row for tests of the data layer, which only needs an owner that
 * exists (ideas.owner_id references users.id). Accounts themselves are
 * exercised through better-auth in the e2e tests.
 */
export async function createOwner(): Promise<string> {
  const id = `owner-${randomUUID()}`;
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query('INSERT INTO users (id, name, email, updated_at) VALUES ($1, $2, $3, now())', [id, 'Test owner', `${id}@example.com`]);
  } finally {
    await client.end();
  }
  return id;
}

/** A plain connection to the run's database, for what a test must see or do behind the data layer's back. */
export async function withSql<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One query on its own connection: for what the data layer never does (breaking a CHECK on purpose). */
export const sql = (text: string, params: unknown[] = []): Promise<pg.QueryResult> => withSql((client) => client.query(text, params));

/** While it exists, PostgreSQL refuses any version of this idea: a failure of the version write alone. */
export async function withFailingVersions(ideaId: string, run: () => Promise<void>): Promise<void> {
  const name = `fail_versions_${ideaId.replaceAll('-', '')}`;
  await sql(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'version write refused'; END $$`);
  await sql(`CREATE TRIGGER ${name} BEFORE INSERT ON idea_versions FOR EACH ROW WHEN (NEW.idea_id = '${ideaId}') EXECUTE FUNCTION ${name}()`);
  try {
    await run();
  } finally {
    await sql(`DROP TRIGGER ${name} ON idea_versions`);
    await sql(`DROP FUNCTION ${name}()`);
  }
}
