import 'server-only';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { clearFailedSignIns, lockedUntil, recordFailedSignIn } from './account-throttle';
import { ACCOUNT_THROTTLED, secondsLeft, waitInWords } from './backoff';
import { isCommonPassword } from './password';

/**
 * Our rules on better-auth's endpoints, which are public HTTP: what the
 * forms check is checked here again, and failed sign-ins are counted per
 * account.
 */

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === 'string' && email.trim() !== '' ? email : null;
};

export const beforeAuth = createAuthMiddleware(async (ctx) => {
  const body = (ctx.body ?? {}) as { password?: unknown; newPassword?: unknown };
  const candidate = ctx.path === '/sign-up/email' ? body.password : ctx.path === '/change-password' ? body.newPassword : undefined;
  if (typeof candidate === 'string' && isCommonPassword(candidate)) {
    throw new APIError('BAD_REQUEST', { message: 'This password is among the most common ones: choose another.' });
  }

  // An account with too many recent failures is refused before its password
  // is even checked, from any address, until its wait is over.
  const email = ctx.path === '/sign-in/email' ? emailOf(ctx.body) : null;
  const until = email ? await lockedUntil(email) : null;
  if (until) {
    const wait = secondsLeft(until, new Date());
    throw new APIError(
      'TOO_MANY_REQUESTS',
      { code: ACCOUNT_THROTTLED, message: `Too many failed sign-ins for this account: try again in ${waitInWords(wait)}.` },
      { 'Retry-After': String(wait) },
    );
  }
});

export const afterAuth = createAuthMiddleware(async (ctx) => {
  const email = ctx.path === '/sign-in/email' ? emailOf(ctx.body) : null;
  if (!email) return;
  const outcome = ctx.context.returned;
  // 401 is a wrong email or password (better-auth answers both alike); other
  // refusals (a malformed body, our own throttle) are not failed sign-ins.
  if (isAPIError(outcome)) {
    if (outcome.statusCode === 401) await recordFailedSignIn(email);
  } else {
    await clearFailedSignIns(email);
  }
});
