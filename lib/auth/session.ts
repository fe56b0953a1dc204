import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from './auth';
import { REQUEST_PATH_HEADER, signInPath } from './sign-in-path';

/** The signed-in user for this request, or null. Cached per request. */
export const getSession = cache(async () => {
  // headers() first: during `next build` it marks the page dynamic before
  // auth() would look for a secret and a database.
  const requestHeaders = await headers();
  return auth().api.getSession({ headers: requestHeaders });
});

/**
 * The id of the signed-in user, the owner every data-layer call filters by.
 * Without a session: to the sign-in page, which then comes back to the page
 * asked for (for a server action, a redirect response, and nothing is read
 * or written).
 */
export async function currentOwnerId(): Promise<string> {
  const session = await getSession();
  if (!session) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return session.user.id;
}
