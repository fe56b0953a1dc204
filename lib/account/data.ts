import 'server-only';
import { accountKey } from '@/lib/auth/account-throttle';
import { db } from '@/lib/db/client';
import { normalizeEmail } from './schema';

/**
 * The account's own rows: its name and its deletion. The only code that
 * writes users directly; better-auth owns the rest of its tables.
 */

/** Stores a name already checked with accountNameSchema. False when the user no longer exists. */
export async function updateAccountName(userId: string, name: string): Promise<boolean> {
  const { count } = await db().user.updateMany({ where: { id: userId }, data: { name } });
  return count === 1;
}

export type DeleteResult = { status: 'ok'; email: string } | { status: 'email_mismatch' } | { status: 'not_found' };

/**
 * Deletes the account and every row it owns, in one transaction, after
 * checking `typedEmail` against the stored email (as better-auth compares
 * them: lowercased; and trimmed).
 *
 * Why not better-auth's own deleteUser endpoint: it deletes the user, then
 * its sessions, then its accounts in separate statements with no
 * transaction, and knows nothing of our tables beyond the foreign keys. A
 * failure halfway would leave a half-deleted account, and its verification
 * rows and per-email sign-in throttle would outlive it. Here one transaction
 * removes all of it or none of it, and tests/support/owned-rows.ts checks
 * every table for leftovers.
 */
export async function deleteAccount(userId: string, typedEmail: string): Promise<DeleteResult> {
  return db().$transaction(async (tx) => {
    // Locked, so a second delete (another tab) waits and then finds nothing.
    const [user] = await tx.$queryRaw<{ email: string }[]>`SELECT email FROM users WHERE id = ${userId} FOR UPDATE`;
    if (!user) return { status: 'not_found' } as const;
    const email = normalizeEmail(user.email);
    if (normalizeEmail(typedEmail) !== email) return { status: 'email_mismatch' } as const;

    // better-auth's tokens (password reset, delete confirmation) carry the
    // user id as their value; other flows key them on the email.
    const sameEmail = { equals: email, mode: 'insensitive' } as const;
    await tx.verification.deleteMany({ where: { OR: [{ value: userId }, { value: sameEmail }, { identifier: sameEmail }] } });
    await tx.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
    // Sessions, accounts (the password hash) and ideas with all their rows
    // go by ON DELETE CASCADE; a session deleted here is refused on its next
    // request in every browser, as sessions are looked up in the database.
    await tx.user.delete({ where: { id: userId } });
    return { status: 'ok', email } as const;
  });
}
