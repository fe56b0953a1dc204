import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { deleteAccount, updateAccountName } from '@/lib/account/data';
import { exportAccount, EXPORT_FORMAT, type AccountExport } from '@/lib/account/export';
import { duplicateIdea } from '@/lib/ideas/duplicate';
import { accountRows, addAuthRows, ideaIdsOf, ownedTables } from '../support/owned-rows';
import { seedFullIdea } from '../support/account-data';
import { createOwner, sql, withSql } from './support';

type Account = { id: string; email: string; token: string; hash: string; tag: string };

/** A user with a session, a password account, auth tokens, a sign-in throttle row and an idea with every kind of row. */
async function fullAccount(): Promise<Account> {
  const id = await createOwner();
  const email = `${id}@example.com`;
  const token = `token-${randomUUID()}`;
  const hash = `hash-${randomUUID()}`;
  await withSql(async (client) => {
    await client.query(`INSERT INTO sessions (id, expires_at, token, updated_at, user_id, ip_address) VALUES ($1, now() + interval '1 day', $2, now(), $3, '10.0.0.9')`, [`s-${id}`, token, id]);
    await client.query(`INSERT INTO accounts (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $3, $4, now())`, [`a-${id}`, id, id, hash]);
    await addAuthRows(client, { id, email });
  });
  const { tag } = await seedFullIdea(id);
  return { id, email, token, hash, tag };
}

const rowsOf = (account: Account) => withSql(async (client: pg.Client) => accountRows(client, { ...account, ideaIds: await ideaIdsOf(client, account.id) }));

/** How many of a table's rows the export holds: each owned table must say where it went, or why it is left out. */
const IN_EXPORT: Record<string, ((data: AccountExport) => number) | 'not exported'> = {
  users: () => 1,
  accounts: (d) => d.account.signInMethods.length,
  sessions: (d) => d.account.sessions.length,
  ideas: (d) => d.ideas.length,
  checklist_items: (d) => d.ideas.flatMap((i) => i.checklist).length,
  build_tests: (d) => d.ideas.flatMap((i) => i.buildTests).length,
  idea_evidence: (d) => d.ideas.flatMap((i) => Object.keys(i.evidence)).length,
  idea_versions: (d) => d.ideas.flatMap((i) => i.versions).length,
  actual_weeks: (d) => d.ideas.flatMap((i) => i.actualWeeks).length,
  actual_import_mappings: (d) => d.ideas.flatMap((i) => i.importMappings).length,
  share_links: (d) => d.ideas.flatMap((i) => i.shareLinks).length,
  // Short-lived tokens and the throttle's state: how the account is secured, not the founder's data.
  verifications: 'not exported',
  sign_in_throttles: 'not exported',
};

describe('exportAccount', () => {
  it("holds every row of the owner's, and nothing of another account's or any secret", async () => {
    const [me, other] = [await fullAccount(), await fullAccount()];
    const [original] = await sql('SELECT id FROM ideas WHERE owner_id = $1', [me.id]).then((r) => r.rows as { id: string }[]);
    const copy = await duplicateIdea(me.id, original!.id);
    if (copy.status !== 'ok') throw new Error(`duplicate: ${copy.status}`);
    const data = (await exportAccount(me.id))!;
    expect(data.ideas.map((i) => [i.id, i.duplicatedFromId])).toEqual([
      [original!.id, null],
      [copy.saved.id, original!.id],
    ]);
    expect(data).toMatchObject({ format: EXPORT_FORMAT, formatVersion: 1, account: { email: me.email, name: 'Test owner', createdAt: expect.any(Date) } });
    const [idea] = data.ideas;
    expect(idea).toMatchObject({
      name: `Idea ${me.tag}`,
      audience: `Audience ${me.tag}`,
      price: expect.any(Number),
      stress: { trafficChange: expect.any(Number) },
      ranges: expect.objectContaining({}),
      evidence: { conversionRate: { kind: 'measured', source: `Survey ${me.tag}`, value: 0.02 } },
      importMappings: [{ mapping: { date: `date ${me.tag}` } }],
      actualWeeks: [{ weekStart: '2026-09-07', visitors: 700, revenue: 145, hoursSpent: 3 }],
      shareLinks: [{ label: `For my advisor ${me.tag}`, revokedAt: null }, { label: `Old link ${me.tag}`, revokedAt: expect.any(Date) }],
    });
    expect(Object.keys(idea!.ranges).length).toBeGreaterThan(0);
    expect(idea!.checklist.find((c) => c.item === 5)).toMatchObject({ done: true, evidence: `Notes ${me.tag}`, test: { kind: 'presale', visitors: 400, signUps: 9 } });
    expect(idea!.buildTests).toContainEqual({ test: 'compounds', answer: 'unknown', note: `Build note ${me.tag}` });
    expect(idea!.versions.map((v) => v.kind)).toEqual(['created', 'worksheet']);

    // Every table the account has rows in is in the export, row for row.
    const rows = await rowsOf(me);
    for (const [table, owned] of Object.entries(rows)) {
      const where = IN_EXPORT[table];
      expect(where, `${table}: add it to the export (lib/account/export.ts) and to IN_EXPORT`).toBeDefined();
      if (where !== 'not exported') expect(where!(data), table).toBe(owned.length);
    }

    const text = JSON.stringify(data);
    const hashes = (await sql('SELECT token_hash FROM share_links WHERE idea_id = $1', [idea!.id])).rows.map((r: { token_hash: string }) => r.token_hash);
    expect(hashes).toHaveLength(2);
    for (const secret of [me.token, me.hash, ...hashes, 'reset-password', other.tag, other.id, other.email]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password"|token"|tokenHash|createKey/i);
  });

  it('is null for a user that does not exist', async () => {
    expect(await exportAccount(`nobody-${randomUUID()}`)).toBeNull();
  });
});

describe('deleteAccount', () => {
  it('refuses another email, then removes every row the account owns in any table and no one else’s', async () => {
    const [me, other] = [await fullAccount(), await fullAccount()];
    const mine = await rowsOf(me);
    const ideaIds = await withSql((client) => ideaIdsOf(client, me.id));
    const others = await rowsOf(other);
    // The check below is only worth something if every kind of row was there to delete.
    for (const table of ['users', 'sessions', 'accounts', 'verifications', 'sign_in_throttles', 'ideas', 'checklist_items', 'build_tests', 'idea_evidence', 'idea_versions', 'actual_weeks', 'actual_import_mappings', 'share_links']) {
      expect(mine[table]?.length, table).toBeGreaterThan(0);
    }

    expect(await deleteAccount(me.id, other.email)).toEqual({ status: 'email_mismatch' });
    expect(await deleteAccount(me.id, `${me.email}x`)).toEqual({ status: 'email_mismatch' });
    expect(await rowsOf(me)).toEqual(mine);

    // As better-auth compares emails: case and surrounding spaces do not matter.
    expect(await deleteAccount(me.id, `  ${me.email.toUpperCase()} `)).toEqual({ status: 'ok', email: me.email });
    const left = await withSql((client) => accountRows(client, { ...me, ideaIds }));
    for (const [table, rows] of Object.entries(left)) expect(rows, table).toEqual([]);
    expect(await rowsOf(other)).toEqual(others);
    expect(await deleteAccount(me.id, me.email)).toEqual({ status: 'not_found' });
  });

  it('the row check fails for a table nobody said how to find the owner of', async () => {
    await sql('CREATE TABLE owner_unknown_probe (note text)');
    try {
      await expect(withSql(ownedTables)).rejects.toThrow(/owner_unknown_probe has no column/);
    } finally {
      await sql('DROP TABLE owner_unknown_probe');
    }
  });
});

describe('updateAccountName', () => {
  it("changes the user's own name only", async () => {
    const [me, other] = [await createOwner(), await createOwner()];
    expect(await updateAccountName(me, 'Ada 🚀')).toBe(true);
    const names = await sql('SELECT id, name FROM users WHERE id = ANY($1)', [[me, other]]);
    expect(Object.fromEntries(names.rows.map((r: { id: string; name: string }) => [r.id, r.name]))).toEqual({ [me]: 'Ada 🚀', [other]: 'Test owner' });
    expect(await updateAccountName(`nobody-${randomUUID()}`, 'X')).toBe(false);
  });
});
