import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { accountKey, clearFailedSignIns, lockedUntil, recordFailedSignIn } from '@/lib/auth/account-throttle';
import { ACCOUNT_THROTTLE } from '@/lib/auth/backoff';

const email = () => `throttle-${randomUUID()}@example.com`;
const t0 = new Date('2026-11-21T12:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function row(address: string) {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT failures, locked_until FROM sign_in_throttles WHERE key = $1', [accountKey(address)]);
    return rows[0] as { failures: number; locked_until: Date | null } | undefined;
  } finally {
    await client.end();
  }
}

describe('the per-account sign-in throttle in PostgreSQL', () => {
  it('locks an email after its free failures, for a wait that grows and then ends', async () => {
    const address = email();
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i++) expect(await recordFailedSignIn(address, at(i))).toBeNull();
    expect(await lockedUntil(address, at(5))).toBeNull();

    expect(await recordFailedSignIn(address, at(5))).toEqual(at(5 + 30));
    // Whatever spelling of the email is tried next.
    expect(await lockedUntil(`  ${address.toUpperCase()} `, at(6))).toEqual(at(35));
    expect(await lockedUntil(address, at(35))).toBeNull();
    expect(await recordFailedSignIn(address, at(40))).toEqual(at(40 + 60));
    expect((await row(address))?.failures).toBe(ACCOUNT_THROTTLE.freeFailures + 2);
  });

  it('forgets the failures on a successful sign-in', async () => {
    const address = email();
    for (let i = 0; i < 8; i++) await recordFailedSignIn(address, at(i));
    await clearFailedSignIns(address.toUpperCase());
    expect(await row(address)).toBeUndefined();
    expect(await recordFailedSignIn(address, at(10))).toBeNull();
    expect((await row(address))?.failures).toBe(1);
  });

  it('counts every one of many failures arriving at once (as from several app instances)', async () => {
    const address = email();
    await Promise.all(Array.from({ length: 25 }, () => recordFailedSignIn(address, t0)));
    expect((await row(address))?.failures).toBe(25);
    expect(await lockedUntil(address, t0)).toEqual(at(ACCOUNT_THROTTLE.maxWaitSeconds));
  });

  it('drops rows whose last failure is older than the forget period', async () => {
    const stale = email();
    await recordFailedSignIn(stale, t0);
    await recordFailedSignIn(email(), at(ACCOUNT_THROTTLE.forgetAfterSeconds + 1));
    expect(await row(stale)).toBeUndefined();
  });

  it('stores no email, only its hash', async () => {
    const address = email();
    await recordFailedSignIn(address, t0);
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT key FROM sign_in_throttles');
      expect(rows.map((r) => r.key)).toContain(accountKey(address));
      expect(rows.some((r) => String(r.key).includes('@'))).toBe(false);
    } finally {
      await client.end();
    }
  });
});
