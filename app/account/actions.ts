'use server';

import { getCookies } from 'better-auth/cookies';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { deleteAccount, updateAccountName, type DeleteResult } from '@/lib/account/data';
import { accountNameSchema, deleteAccountSchema, EMAIL_MISMATCH_MESSAGE } from '@/lib/account/schema';
import { failure, FIX_FIELDS_MESSAGE, success, unexpected, type ActionResult } from '@/lib/actions/result';
import { auth } from '@/lib/auth/auth';
import { currentOwnerId } from '@/lib/auth/session';

/**
 * The account page's actions. Without a session currentOwnerId() redirects
 * to sign-in, so a visitor changes nothing; each catch lets that redirect
 * through (unstable_rethrow).
 */

const ACCOUNT_GONE_MESSAGE = 'This account no longer exists.';

export async function updateAccountNameAction(_prev: ActionResult<{ name: string }>, formData: FormData): Promise<ActionResult<{ name: string }>> {
  const values = { name: String(formData.get('name') ?? '') };
  const parsed = accountNameSchema.safeParse(values);
  if (!parsed.success) return failure(FIX_FIELDS_MESSAGE, { fieldErrors: z.flattenError(parsed.error).fieldErrors, values });
  let updated: boolean;
  try {
    updated = await updateAccountName(await currentOwnerId(), parsed.data.name);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('updateAccountNameAction', error, values);
  }
  if (!updated) return failure(ACCOUNT_GONE_MESSAGE, { values });
  // The header shows the name on every page.
  revalidatePath('/', 'layout');
  return success('Saved.', { name: parsed.data.name });
}

export async function deleteAccountAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const values = { email: String(formData.get('email') ?? '') };
  const parsed = deleteAccountSchema.safeParse(values);
  if (!parsed.success) return failure(EMAIL_MISMATCH_MESSAGE, { fieldErrors: z.flattenError(parsed.error).fieldErrors, values });
  let result: DeleteResult;
  try {
    result = await deleteAccount(await currentOwnerId(), parsed.data.email);
  } catch (error) {
    unstable_rethrow(error);
    return unexpected('deleteAccountAction', error, values);
  }
  if (result.status === 'email_mismatch') return failure(EMAIL_MISMATCH_MESSAGE, { fieldErrors: { email: [EMAIL_MISMATCH_MESSAGE] }, values });
  if (result.status === 'not_found') return failure(ACCOUNT_GONE_MESSAGE);

  // The sessions are gone from the database already; this browser also
  // drops its cookies, with the attributes better-auth set them with.
  const jar = await cookies();
  const { sessionToken, sessionData, dontRememberToken } = getCookies(auth().options);
  for (const cookie of [sessionToken, sessionData, dontRememberToken]) {
    const { path, domain, secure, httpOnly, sameSite } = cookie.attributes;
    jar.set(cookie.name, '', { path, domain, secure, httpOnly, sameSite: sameSite?.toLowerCase() as 'lax' | 'strict' | 'none', maxAge: 0 });
  }
  revalidatePath('/', 'layout');
  redirect('/?deleted=account');
}
