import { z } from 'zod';
import '@/lib/underwrite/zod-config';
import { nameSchema } from '@/lib/auth/password';

/**
 * The account page's forms and their actions share these. The name is the
 * sign-up's and better-auth's update-user hook's own rule (lib/auth/password.ts),
 * so an edit here can never store a name the auth endpoints would refuse.
 */
export const accountNameSchema = z.object({ name: nameSchema });

/**
 * How better-auth compares emails: it stores and looks them up lowercased,
 * and our sign-in throttle also trims (lib/auth/account-throttle.ts).
 * Deleting asks for the email typed again; " Me@Example.com " is the same.
 */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const sameEmail = (typed: string, accountEmail: string) => normalizeEmail(typed) === normalizeEmail(accountEmail);

export const deleteAccountSchema = z.object({
  email: z.string({ error: 'Type your email to confirm.' }).trim().min(1, { error: 'Type your email to confirm.' }).max(254, {
    error: 'That is not your email.',
  }),
});

export const EMAIL_MISMATCH_MESSAGE = 'That is not the email of this account: nothing was deleted.';
export const ACCOUNT_DELETED_MESSAGE = 'Your account and all its data were deleted.';
