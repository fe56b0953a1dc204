import 'server-only';
import { createHash } from 'node:crypto';
import { db } from '@/lib/db/client';
import { ACCOUNT_THROTTLE, afterFailure } from './backoff';

/**
 * The per-account sign-in throttle's state, in PostgreSQL so every app
 * instance counts the same failures (the rule itself is in backoff.ts).
 * The only code that touches sign_in_throttles; better-auth's hooks in
 * auth.ts call it around each sign-in.
 */

/** The row's key: a hash of the email as better-auth compares it (trimmed, lowercased). */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** Until when sign-ins for `email` are refused, or null when they are not. */
export async function lockedUntil(email: string, now = new Date()): Promise<Date | null> {
  const row = await db().signInThrottle.findUnique({ where: { key: accountKey(email) }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failed sign-in for `email` and returns the lock it earned, if
 * any. The row is locked while it is read and rewritten, so failures that
 * arrive at once on several instances are each counted.
 */
export async function recordFailedSignIn(email: string, now = new Date()): Promise<Date | null> {
  const key = accountKey(email);
  const state = await db().$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO sign_in_throttles (key, failures, last_failure_at) VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
    const [row] = await tx.$queryRaw<{ failures: number; last_failure_at: Date }[]>`
      SELECT failures, last_failure_at FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
    // A row just inserted holds 0 failures, which afterFailure counts on from like any other.
    const next = afterFailure({ failures: row!.failures, lastFailureAt: row!.last_failure_at }, now);
    await tx.signInThrottle.update({ where: { key }, data: next });
    return next;
  });
  // Emails nobody signs in with would pile up; rows past the forget period say nothing any more.
  await db().signInThrottle.deleteMany({
    where: { lastFailureAt: { lt: new Date(now.getTime() - ACCOUNT_THROTTLE.forgetAfterSeconds * 1000) } },
  });
  return state.lockedUntil;
}

/** A successful sign-in forgets the account's failures. */
export async function clearFailedSignIns(email: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}
