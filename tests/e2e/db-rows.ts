/**
 * Direct SQL for the security tests. They must see what PostgreSQL really
 * holds, not what the data layer chooses to return: a missing owner filter
 * in lib/ideas/data.ts would make the data layer lie in exactly the way
 * these tests look for.
 */
import pg from 'pg';
import { requireDatabaseUrl } from '@/lib/env';

export async function withSql<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Every column of an idea and of its checklist, build-it-once, history, weekly actuals, remembered import mapping and share link rows, as
 * PostgreSQL's own text form of each row (`t::text`): numbers keep their
 * scale, timestamps their milliseconds, so two snapshots are equal only if
 * nothing at all was written (updated_at would move even for a same-value write).
 */
export async function snapshotIdea(id: string): Promise<string[]> {
  return withSql(async (sql) => {
    const rows = async (query: string) => (await sql.query<{ row: string }>(query, [id])).rows.map((r) => r.row);
    return [
      ...(await rows('SELECT t::text AS row FROM ideas t WHERE id = $1')),
      ...(await rows('SELECT t::text AS row FROM checklist_items t WHERE idea_id = $1 ORDER BY item')),
      ...(await rows('SELECT t::text AS row FROM build_tests t WHERE idea_id = $1 ORDER BY test')),
      ...(await rows('SELECT t::text AS row FROM idea_versions t WHERE idea_id = $1 ORDER BY number')),
      ...(await rows('SELECT t::text AS row FROM actual_weeks t WHERE idea_id = $1 ORDER BY week_start')),
      ...(await rows('SELECT t::text AS row FROM actual_import_mappings t WHERE idea_id = $1 ORDER BY columns_key')),
      ...(await rows('SELECT t::text AS row FROM share_links t WHERE idea_id = $1 ORDER BY id')),
    ];
  });
}

/** All of one owner's rows (ideas with their checklist and tests), for a before/after comparison. */
export async function snapshotOwner(ownerId: string): Promise<string[]> {
  const ids = await withSql(
    async (sql) => (await sql.query<{ id: string }>('SELECT id FROM ideas WHERE owner_id = $1 ORDER BY id', [ownerId])).rows,
  );
  return (await Promise.all(ids.map(({ id }) => snapshotIdea(id)))).flat();
}

/** Ideas with this exact name, whoever owns them (the data layer would only show one owner's). */
export async function ideaRowsNamed(name: string): Promise<{ id: string; owner_id: string }[]> {
  return withSql(async (sql) => (await sql.query<{ id: string; owner_id: string }>('SELECT id, owner_id FROM ideas WHERE name = $1', [name])).rows);
}
