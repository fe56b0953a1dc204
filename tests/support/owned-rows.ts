import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Every row an account owns, found by raw SQL over every table of the
 * public schema (information_schema), not by a list of today's tables: a
 * table added later is covered by the columns it has, and one that has none
 * of them fails the check until someone says here who owns its rows. The
 * account-deletion tests (integration and e2e) compare these before and after.
 */

export type AccountKeys = { id: string; email: string; ideaIds: string[] };

/** Columns that name the owning account, or one of its ideas. */
const OWNER_COLUMNS: Record<string, string> = {
  user_id: 't.user_id = p.id',
  owner_id: 't.owner_id = p.id',
  idea_id: 't.idea_id::text = ANY (p.ideas)',
  email: 'lower(t.email) = p.email',
};

/** Tables whose owner is not in such a column. */
const OWNED_OTHERWISE: Record<string, string> = {
  users: 't.id = p.id',
  // better-auth's tokens: the user id as value (password reset, delete
  // confirmation), or keyed on the email by other flows.
  verifications: 't.value = p.id OR lower(t.value) = p.email OR lower(t.identifier) = p.email',
  // lib/auth/account-throttle.ts: keyed by a SHA-256 of the lowercased email.
  sign_in_throttles: 't.key = p.email_key',
};

/** Tables that hold no account's rows, and why. */
const NOT_OWNED: Record<string, string> = {
  _prisma_migrations: 'the schema history',
  rate_limits: "better-auth's per-address limiter: keyed by client address and path, never by account",
};

export async function ownedTables(sql: pg.Client): Promise<Map<string, string>> {
  const { rows } = await sql.query<{ table_name: string; columns: string[] }>(
    `SELECT table_name, array_agg(column_name::text) AS columns FROM information_schema.columns
     WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
  );
  const tables = new Map<string, string>();
  for (const { table_name: table, columns } of rows) {
    const conditions = columns.flatMap((column) => (OWNER_COLUMNS[column] ? [OWNER_COLUMNS[column]] : []));
    if (OWNED_OTHERWISE[table]) conditions.push(OWNED_OTHERWISE[table]);
    if (conditions.length > 0) tables.set(table, conditions.map((c) => `(${c})`).join(' OR '));
    else if (!NOT_OWNED[table]) {
      throw new Error(`Table ${table} has no column that says which account owns its rows: say so in tests/support/owned-rows.ts.`);
    }
  }
  return tables;
}

/** The account's rows, per table, as PostgreSQL's text of each row (so any change to one shows). */
export async function accountRows(sql: pg.Client, account: AccountKeys): Promise<Record<string, string[]>> {
  const email = account.email.trim().toLowerCase();
  const params = [account.id, email, account.ideaIds, createHash('sha256').update(email).digest('hex')];
  const result: Record<string, string[]> = {};
  for (const [table, condition] of await ownedTables(sql)) {
    const { rows } = await sql.query<{ row: string }>(
      `WITH p AS (SELECT $1::text AS id, $2::text AS email, $3::text[] AS ideas, $4::text AS email_key)
       SELECT t::text AS row FROM "${table}" t, p WHERE ${condition} ORDER BY 1`,
      params,
    );
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

/** The ids of the account's ideas, read before a delete takes them away. */
export async function ideaIdsOf(sql: pg.Client, userId: string): Promise<string[]> {
  return (await sql.query<{ id: string }>('SELECT id::text FROM ideas WHERE owner_id = $1', [userId])).rows.map((r) => r.id);
}

/** What better-auth and the sign-in throttle would have stored for the account, written directly. */
export async function addAuthRows(sql: pg.Client, account: { id: string; email: string }): Promise<void> {
  const suffix = Math.random().toString(36).slice(2);
  await sql.query(
    `INSERT INTO verifications (id, identifier, value, expires_at, updated_at) VALUES
     ($1, $2, $3, now() + interval '1 hour', now()), ($4, upper($5), 'otp', now() + interval '1 hour', now())`,
    [`v1-${suffix}`, `reset-password:${suffix}`, account.id, `v2-${suffix}`, account.email],
  );
  const key = createHash('sha256').update(account.email.trim().toLowerCase()).digest('hex');
  await sql.query(
    `INSERT INTO sign_in_throttles (key, failures, last_failure_at) VALUES ($1, 2, now()) ON CONFLICT (key) DO UPDATE SET failures = 2`,
    [key],
  );
}
