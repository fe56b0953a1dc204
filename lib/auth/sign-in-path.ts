/** The request header proxy.ts sets to the path and query the browser asked for. */
export const REQUEST_PATH_HEADER = 'x-underwrite-path';

/**
 * The sign-in page, told to come back to `path` afterwards: "/sign-in?next=%2Fideas%2F42".
 * Only a path of this app is carried (sign-in checks it again with safeNext);
 * the home page and the auth pages themselves need no return trip.
 */
export function signInPath(path: string | null | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path === '/' || /^\/(sign-in|sign-up)(\/|\?|$)/.test(path)) return '/sign-in';
  return `/sign-in?next=${encodeURIComponent(path)}`;
}
